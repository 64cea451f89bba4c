// Fuzz target: the console's handling of what the server sends. Each line of the input is one
// text frame; it goes where console/ServerConnection.cpp (onTextMessage) and
// console/store/StoreSync.cpp send it: a push ({"event", "seq", "data"}) to Store::applyEvent, a
// subscribe reply in snapshot mode to Store::applySnapshot (console/store/Store.hpp). The table
// models of console/models follow the store, and every cell they show is read afterwards, sorted
// and filtered as the incident queue does. Nothing is thrown on bad data; any crash is a finding.
#include "console/models/IncidentModel.hpp"
#include "console/models/IncidentQueueFilter.hpp"
#include "console/models/LiaisonModel.hpp"
#include "console/models/UnitModel.hpp"
#include "console/store/Store.hpp"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using jcc::console::Store;

/// A frame as ServerConnection::onTextMessage reads it, delivered as StoreSync does.
void deliverFrame(Store& store, const QByteArray& line) {
    // The socket hands over text frames as QString; invalid UTF-8 arrives replaced.
    const QJsonDocument document = QJsonDocument::fromJson(QString::fromUtf8(line).toUtf8());
    if (!document.isObject()) {
        return;
    }
    const QJsonObject frame = document.object();
    if (frame.contains(QLatin1String("event"))) {
        store.applyEvent(frame.value(QLatin1String("event")).toString(),
                         frame.value(QLatin1String("seq")).toInteger(),
                         frame.value(QLatin1String("data")).toObject());
        return;
    }
    // A reply; the one the store takes is subscribe's.
    if (!frame.value(QLatin1String("ok")).toBool()) {
        return;
    }
    const QJsonObject result = frame.value(QLatin1String("result")).toObject();
    if (result.value(QLatin1String("mode")).toString() == QLatin1String("snapshot")) {
        store.applySnapshot(result.value(QLatin1String("snapshot")).toObject(),
                            result.value(QLatin1String("seq")).toInteger());
    }
}

/// Reads every cell of `model` in the roles the views and the map ask for, and the headers.
void readModel(const QAbstractItemModel& model) {
    static const int roles[] = {
        Qt::DisplayRole, Qt::ToolTipRole,       Qt::BackgroundRole, Qt::ForegroundRole,
        Qt::FontRole,    Qt::TextAlignmentRole, Qt::DecorationRole,
    };
    volatile int touched = 0;
    for (int column = 0; column < model.columnCount(); ++column) {
        touched = touched + model.headerData(column, Qt::Horizontal).isValid();
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : roles) {
                touched = touched + model.data(index, role).isValid();
            }
            for (int role = Qt::UserRole + 1; role <= Qt::UserRole + 12; ++role) {
                touched = touched + model.data(index, role).isValid();
            }
        }
    }
}

/// The incident queue over the model: sorted by each column in turn, then filtered by text.
void sortAndFilter(jcc::console::IncidentModel& incidents) {
    jcc::console::IncidentQueueFilter queue;
    queue.setSourceModel(&incidents);
    queue.setSortRole(jcc::console::StoreTableModel::SortRole);
    for (int column = 0; column < incidents.columnCount(); ++column) {
        queue.sort(column);
    }
    queue.setText(QStringLiteral("praha d1"));
    readModel(queue);
}

void dropMessage(QtMsgType type, const QMessageLogContext&, const QString&) {
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Qt's own arguments, not libFuzzer's: QGuiApplication would take out those it knows.
    static int argc = 1;
    static char name[] = "fuzz-console-store";
    static char* argv[] = {name, nullptr};
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(dropMessage);
    static auto* app = new QGuiApplication(argc, argv); // never destroyed: static order at exit
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Store store;
    jcc::console::IncidentModel incidents(store);
    jcc::console::UnitModel units(store);
    jcc::console::LiaisonModel liaison(store);
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QByteArray& line : input.split('\n')) {
        deliverFrame(store, line);
    }
    readModel(incidents);
    readModel(units);
    readModel(liaison);
    sortAndFilter(incidents);
    return 0;
}
