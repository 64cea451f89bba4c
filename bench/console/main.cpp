// jcc-console-bench: the console's queue with 20,000 incidents: the time to filter and sort it,
// and the UI thread's lag while 1,000 events a second arrive, each against a baseline from the
// same run (docs/performance.md, "Console"). Run with QT_QPA_PLATFORM=offscreen on a headless box.
#include "bench/console/ConsoleReport.hpp"
#include "bench/console/EventFeed.hpp"
#include "bench/console/LagProbe.hpp"
#include "bench/console/SyntheticIncidents.hpp"
#include "console/models/IncidentModel.hpp"
#include "console/models/IncidentQueueFilter.hpp"
#include "console/store/Store.hpp"
#include "console/widgets/IncidentQueueWidget.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QStandardItemModel>
#include <QSysInfo>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <functional>
#include <memory>

using namespace jcc::console;
using namespace jcc::console::bench;

namespace {

struct Options {
    int incidents = 20'000;
    int seconds = 10;
    int eventRate = 1'000;
    int repetitions = 10;
    QString jsonPath;
};

/// Lets the views lay out and paint what the last change left pending.
void settle() {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}

/// Milliseconds `operation` takes by itself.
double timedWithoutView(const std::function<void()>& operation) {
    QElapsedTimer timer;
    timer.start();
    operation();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Milliseconds `operation` plus the views' catching up take.
double timed(const std::function<void()>& operation) {
    QElapsedTimer timer;
    timer.start();
    operation();
    settle();
    return double(timer.nsecsElapsed()) / 1e6;
}

void runEventLoop(int seconds) {
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QString firstLine(const QString& path, const QString& prefix = {}) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    for (QString line; !(line = QString::fromUtf8(file.readLine())).isEmpty();) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.isEmpty() ? 0 : line.indexOf(QLatin1Char(':')) + 2).trimmed();
        }
    }
    return QStringLiteral("unknown");
}

QString machine() {
    return QStringLiteral("%1, %2 logical CPUs, %3")
        .arg(firstLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
        .arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

QString loadAverage() {
    return firstLine(QStringLiteral("/proc/loadavg")).section(QLatin1Char(' '), 0, 2);
}

/// A plain table of the same texts, sorted by a plain view: what sorting costs without the
/// console's model and proxy.
QList<OperationResult> baselineSorts(const IncidentModel& model, int repetitions) {
    QStandardItemModel plain(model.rowCount(), IncidentModel::ColumnCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < IncidentModel::ColumnCount; ++column) {
            plain.setItem(row, column,
                          new QStandardItem(model.index(row, column).data().toString()));
        }
    }
    QTableView view;
    view.setModel(&plain);
    view.setSortingEnabled(true);
    view.resize(1280, 800);
    view.show();
    settle();
    QList<OperationResult> results;
    for (int column = 0; column < IncidentModel::ColumnCount; ++column) {
        QList<double> samples;
        for (int i = 0; i < repetitions; ++i) {
            const Qt::SortOrder order = i % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
            samples.append(timed([&] { view.sortByColumn(column, order); }));
        }
        results.append({{}, summarize(samples), plain.rowCount(), {}, {}});
    }
    return results;
}

int run(const Options& options) {
    ConsoleReport report;
    report.incidents = options.incidents;
    report.eventRate = options.eventRate;
    report.repetitions = options.repetitions;
    report.machine = machine();
    report.qtVersion = QString::fromLatin1(qVersion());
    report.platform = QGuiApplication::platformName();
    report.loadBefore = loadAverage();

    SyntheticIncidents data;
    const QJsonObject snapshot = data.snapshot(options.incidents);
    Store store;
    IncidentModel model(store);
    IncidentQueueWidget queue(store, model);
    queue.resize(1280, 800);
    queue.show();
    settle();
    report.snapshotMs = timed([&] { store.applySnapshot(snapshot, 1); });

    // Filters and sorts start from every incident shown, so each sort orders all of them. Each
    // is timed twice: on the queue's own filter with its view laying out and painting, and on a
    // second filter over the same model with no view ("without view").
    IncidentQueueFilter& filter = queue.filter();
    QTableView& view = *queue.view();
    auto bare = std::make_unique<IncidentQueueFilter>();
    bare->setSourceModel(&model);
    bare->sort(IncidentModel::Priority);
    const auto showAll = [&](IncidentQueueFilter& target) {
        target.setStatuses({});
        target.setPriorities({});
        target.setTypeCode({});
        target.setSide({});
        target.setText({});
        settle();
    };
    showAll(filter);
    showAll(*bare);
    using FilterStep = std::function<void(IncidentQueueFilter&)>;
    struct FilterKind {
        QString name;
        FilterStep apply;
        FilterStep before = [](IncidentQueueFilter&) {}; ///< untimed, after showing everything
    };
    const QList<FilterKind> kinds{
        {QStringLiteral("filter: status = dispatched"),
         [](IncidentQueueFilter& f) { f.setStatuses({QStringLiteral("dispatched")}); }},
        {QStringLiteral("filter: status = open (the default)"),
         [](IncidentQueueFilter& f) { f.setStatuses(IncidentQueueFilter::openStatuses()); }},
        {QStringLiteral("filter: priority 1 and 2"),
         [](IncidentQueueFilter& f) {
             f.setPriorities({1, 2});
         }},
        {QStringLiteral("filter: type = fire"),
         [](IncidentQueueFilter& f) { f.setTypeCode(QStringLiteral("fire")); }},
        {QStringLiteral("filter: side = SK"),
         [](IncidentQueueFilter& f) { f.setSide(QStringLiteral("SK")); }},
        {QStringLiteral("filter: text \"holic strom\" (no diacritics)"),
         [](IncidentQueueFilter& f) { f.setText(QStringLiteral("holic strom")); }},
        {QStringLiteral("filter: text \"Břeclav srážka\" (diacritics)"),
         [](IncidentQueueFilter& f) { f.setText(QStringLiteral("Břeclav srážka")); }},
        {QStringLiteral("filter: text \"breclav\" cleared (back to all)"),
         [](IncidentQueueFilter& f) { f.setText({}); },
         [](IncidentQueueFilter& f) {
             f.setText(QStringLiteral("breclav"));
             settle();
         }}};
    for (const FilterKind& kind : kinds) {
        QList<double> samples;
        QList<double> withoutView;
        int shown = 0;
        for (int i = 0; i < options.repetitions; ++i) {
            kind.before(*bare);
            withoutView.append(timedWithoutView([&] { kind.apply(*bare); }));
            showAll(*bare);
            kind.before(filter);
            samples.append(timed([&] { kind.apply(filter); }));
            shown = filter.rowCount();
            showAll(filter);
        }
        report.filters.append({kind.name, summarize(samples), shown, summarize(withoutView), {}});
    }

    const QList<OperationResult> baselines = baselineSorts(model, options.repetitions);
    for (int column = 0; column < IncidentModel::ColumnCount; ++column) {
        QList<double> samples;
        QList<double> withoutView;
        for (int i = 0; i < options.repetitions; ++i) {
            const Qt::SortOrder order = i % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder;
            withoutView.append(timedWithoutView([&] { bare->sort(column, order); }));
            samples.append(timed([&] { view.sortByColumn(column, order); }));
        }
        report.sorts.append(
            {QStringLiteral("sort: %1").arg(model.headerData(column, Qt::Horizontal).toString()),
             summarize(samples), filter.rowCount(), summarize(withoutView), baselines[column].ms});
    }
    bare.reset();

    // The live phases use the queue as an operator sees it: open incidents, most urgent first.
    filter.setStatuses(IncidentQueueFilter::openStatuses());
    view.sortByColumn(IncidentModel::Priority, Qt::AscendingOrder);
    settle();
    LagProbe probe;
    probe.start();
    runEventLoop(options.seconds);
    probe.stop();
    report.idleLag = {summarize(probe.lagsMs()), double(options.seconds)};

    const QList<QByteArray> frames =
        data.eventFrames(options.eventRate * options.seconds, store.lastSeq() + 1);
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    EventFeed feed(store, frames, options.eventRate);
    QElapsedTimer phase;
    phase.start();
    probe.start();
    feed.start();
    runEventLoop(options.seconds);
    feed.stop();
    probe.stop();
    if (!feed.failure().isEmpty()) {
        QTextStream(stderr) << "jcc-console-bench: " << feed.failure() << '\n';
        return 1;
    }
    report.eventLag = {summarize(probe.lagsMs()), double(phase.elapsed()) / 1000.0};
    report.eventsApplied = feed.applied();
    report.modelResets = resets;
    report.batchApplyMs = summarize(feed.batchMs());
    report.loadAfter = loadAverage();

    QTextStream(stdout) << report.table();
    if (!options.jsonPath.isEmpty()) {
        QFile file(options.jsonPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(report.json()).toJson()) < 0) {
            QTextStream(stderr) << "jcc-console-bench: cannot write " << options.jsonPath << ": "
                                << file.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Filter, sort and event-load benchmark of the console's incident queue."));
    parser.addHelpOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("2,000 incidents, 1 s phases, 3 repetitions."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Also write the results as JSON to <file>."),
                                  QStringLiteral("file"));
    parser.addOptions({smoke, json});
    parser.process(app);
    Options options;
    if (parser.isSet(smoke)) {
        options.incidents = 2'000;
        options.seconds = 1;
        options.repetitions = 3;
    }
    options.jsonPath = parser.value(json);
    return run(options);
}
