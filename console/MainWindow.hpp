#pragma once
// The console's main window after login: who is logged in and to which server, the connection
// state in the status bar, the language, and Log out. The operator's screens will live here.
#include "console/ServerConnection.hpp"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace jcc::console {

class Translations;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Shows what `connection` reports; both arguments must outlive the window.
    MainWindow(ServerConnection& connection, Translations& translations, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// A role's name in the current language.
    QString roleName(const QString& role) const;
    void updateSession();
    void updateConnectionIndicator();

    ServerConnection& m_connection;
    Translations& m_translations;

    QMenu* m_sessionMenu = nullptr;
    QAction* m_logOutAction = nullptr;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languageActions = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_connectionIndicator = nullptr;
};

} // namespace jcc::console
