#pragma once
// The always-visible connection line of the status bar: connected / reconnecting / offline, the
// node, the Prague time of the last event applied, and how many commands wait to be sent.
#include <QLabel>

namespace jcc::console {

class Commands;
class LinkStatus;
class Store;

class ConnectionIndicator : public QLabel {
    Q_OBJECT
public:
    /// All three must outlive the indicator.
    ConnectionIndicator(LinkStatus& link, Store& store, Commands& commands,
                        QWidget* parent = nullptr);

    /// Re-reads everything; called on every change and language switch.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    LinkStatus& m_link;
    Store& m_store;
    Commands& m_commands;
};

} // namespace jcc::console
