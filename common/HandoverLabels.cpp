#include "common/HandoverLabels.hpp"

#include <array>
#include <string_view>

namespace jcc {

namespace {

struct Words {
    std::string_view key;
    std::string_view en;
    std::string_view cs;
    std::string_view sk;
};

// clang-format off
constexpr std::array kHeadings{
    Words{"title", "Shift handover report", "Předávací protokol směny", "Protokol o odovzdaní zmeny"},
    Words{"shift", "Shift", "Směna", "Zmena"},
    Words{"starts", "Starts", "Začátek", "Začiatok"},
    Words{"ends", "Ends", "Konec", "Koniec"},
    Words{"duration", "Duration", "Délka", "Dĺžka"},
    Words{"zone", "Time zone", "Časové pásmo", "Časové pásmo"},
    Words{"as_of", "State as of", "Stav k", "Stav k"},
    Words{"generated_at", "Generated", "Vytvořeno", "Vytvorené"},
    Words{"figures", "Figures", "Údaje", "Údaje"},
    Words{"incidents", "Incidents", "Události", "Udalosti"},
    Words{"opened", "Opened", "Založeno", "Založené"},
    Words{"closed", "Closed", "Uzavřeno", "Uzavreté"},
    Words{"still_open", "Still open", "Stále otevřeno", "Stále otvorené"},
    Words{"total", "Total", "Celkem", "Spolu"},
    Words{"by_type", "By type", "Podle typu", "Podľa typu"},
    Words{"by_priority", "By priority", "Podle priority", "Podľa priority"},
    Words{"type", "Type", "Typ", "Typ"},
    Words{"priority", "Priority", "Priorita", "Priorita"},
    Words{"priority_short", "Pri.", "Pri.", "Pri."},
    Words{"time_to_dispatch", "Time from creation to first dispatch",
          "Doba od založení do prvního vyslání", "Čas od založenia po prvé vyslanie"},
    Words{"opened_in_shift", "Opened in the shift", "Založeno ve směně", "Založené v zmene"},
    Words{"dispatched", "Dispatched", "Vysláno", "Vyslané"},
    Words{"median", "Median", "Medián", "Medián"},
    Words{"p90", "90th percentile", "90. percentil", "90. percentil"},
    Words{"liaison", "Liaison requests", "Styčné žádosti", "Styčné žiadosti"},
    Words{"direction", "Direction", "Směr", "Smer"},
    Words{"sent", "Sent", "Odesláno", "Odoslané"},
    Words{"answered", "Answered", "Zodpovězeno", "Zodpovedané"},
    Words{"open", "Open", "Otevřeno", "Otvorené"},
    Words{"overdue", "Overdue", "Po lhůtě", "Po lehote"},
    Words{"overdue_mark", "overdue", "po lhůtě", "po lehote"},
    Words{"median_response", "Median response time", "Medián doby odpovědi",
          "Medián času odpovede"},
    Words{"custody_handovers", "Custody handovers", "Předání osob", "Odovzdania osôb"},
    Words{"assistance", "Assistance requests", "Žádosti o pomoc", "Žiadosti o pomoc"},
    Words{"to_agency", "Asked", "Požádaný", "Požiadaný"},
    Words{"accepted", "Accepted", "Přijato", "Prijaté"},
    Words{"declined", "Declined", "Odmítnuto", "Odmietnuté"},
    Words{"median_accept", "Median time to acceptance", "Medián doby do přijetí",
          "Medián času do prijatia"},
    Words{"open_incidents", "Open incidents", "Otevřené události", "Otvorené udalosti"},
    Words{"priority1_incidents", "Priority 1 incidents of the shift", "Události priority 1 směny",
          "Udalosti priority 1 zmeny"},
    Words{"units_out_of_service", "Units out of service", "Jednotky mimo službu",
          "Jednotky mimo služby"},
    Words{"liaison_open", "Open and overdue liaison requests", "Otevřené a zpožděné styčné žádosti",
          "Otvorené a oneskorené styčné žiadosti"},
    Words{"notes", "Handover notes", "Poznámky k předání", "Poznámky k odovzdaniu"},
    Words{"remarks", "Supervisor remarks", "Poznámky vedoucího směny", "Poznámky vedúceho zmeny"},
    Words{"written_by", "Written by", "Zapsal", "Zapísal"},
    Words{"ref", "Reference", "Číslo", "Číslo"},
    Words{"status", "Status", "Stav", "Stav"},
    Words{"units", "Units", "Jednotky", "Jednotky"},
    Words{"latest_entry", "Latest entry", "Poslední záznam", "Posledný záznam"},
    Words{"location", "Location", "Místo", "Miesto"},
    Words{"created_at", "Created", "Založeno", "Založené"},
    Words{"call_sign", "Call sign", "Volací znak", "Volací znak"},
    Words{"agency", "Agency", "Složka", "Zložka"},
    Words{"reason", "Reason", "Důvod", "Dôvod"},
    Words{"since", "Since", "Od", "Od"},
    Words{"kind", "Kind", "Druh", "Druh"},
    Words{"from_to", "From → to", "Od → komu", "Od → komu"},
    Words{"subject", "Subject", "Předmět", "Predmet"},
    Words{"due", "Due", "Lhůta", "Lehota"},
    Words{"author", "Author", "Autor", "Autor"},
    Words{"at", "Time", "Čas", "Čas"},
    Words{"text", "Text", "Text", "Text"},
    Words{"signature", "Signature", "Podpis", "Podpis"},
    Words{"signed_by", "Signed by", "Podepsal", "Podpísal"},
    Words{"signed_at", "Signed", "Podepsáno", "Podpísané"},
    Words{"digest", "SHA-256 digest", "Otisk SHA-256", "Odtlačok SHA-256"},
    Words{"acknowledged_by", "Acknowledged by", "Převzal", "Prevzal"},
    Words{"acknowledged_at", "Acknowledged", "Převzato", "Prevzaté"},
    Words{"not_signed", "Not signed", "Nepodepsáno", "Nepodpísané"},
    Words{"none", "None", "Žádné", "Žiadne"},
};

constexpr std::array kIncidentStatus{
    Words{"new", "New", "Nová", "Nová"},
    Words{"dispatched", "Dispatched", "Vysláno", "Vyslané"},
    Words{"on_scene", "On scene", "Na místě", "Na mieste"},
    Words{"resolved", "Resolved", "Vyřešeno", "Vyriešené"},
    Words{"closed", "Closed", "Uzavřeno", "Uzavreté"},
    Words{"cancelled", "Cancelled", "Zrušeno", "Zrušené"},
};

constexpr std::array kLiaisonStatus{
    Words{"open", "Open", "Otevřená", "Otvorená"},
    Words{"acknowledged", "Acknowledged", "Potvrzená", "Potvrdená"},
    Words{"answered", "Answered", "Zodpovězená", "Zodpovedaná"},
    Words{"closed", "Closed", "Uzavřená", "Uzavretá"},
    Words{"rejected", "Rejected", "Odmítnutá", "Odmietnutá"},
};

constexpr std::array kLiaisonKind{
    Words{"information_request", "Information request", "Žádost o informace",
          "Žiadosť o informácie"},
    Words{"assistance_request", "Assistance request", "Žádost o pomoc", "Žiadosť o pomoc"},
    Words{"hot_pursuit_notice", "Hot pursuit notice", "Oznámení o pronásledování",
          "Oznámenie o prenasledovaní"},
    Words{"person_vehicle_check", "Person or vehicle check", "Lustrace osoby nebo vozidla",
          "Lustrácia osoby alebo vozidla"},
    Words{"equipment_loan", "Equipment loan", "Zápůjčka techniky", "Zapožičanie techniky"},
    Words{"custody_handover", "Custody handover", "Předání osoby", "Odovzdanie osoby"},
};
// clang-format on

template <std::size_t N>
nlohmann::json dictionary(const std::array<Words, N>& words, Language language) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& word : words) {
        const auto text = language == Language::Cs   ? word.cs
                          : language == Language::Sk ? word.sk
                                                     : word.en;
        out[std::string(word.key)] = std::string(text);
    }
    return out;
}

} // namespace

nlohmann::json handoverLabels(Language language) {
    auto labels = dictionary(kHeadings, language);
    labels["incident_status"] = dictionary(kIncidentStatus, language);
    labels["liaison_status"] = dictionary(kLiaisonStatus, language);
    labels["liaison_kind"] = dictionary(kLiaisonKind, language);
    return labels;
}

} // namespace jcc
