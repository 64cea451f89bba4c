#include "console/widgets/AlertBanner.hpp"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace jcc::console {

AlertBanner::AlertBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("alertBanner"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#alertBanner { background: #c62828; } #alertBanner QLabel { "
                                 "color: white; font-weight: bold; }"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("alertText"));
    m_text->setTextFormat(Qt::PlainText);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("alertShow"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("alertDismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const qint64 id = m_incidentId;
        dismiss();
        Q_EMIT showIncident(id);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &AlertBanner::dismiss);
    retranslateUi();
    hide();
}

void AlertBanner::raiseAlert(std::function<QString()> text, qint64 incidentId) {
    m_textFn = std::move(text);
    m_text->setText(m_textFn());
    m_incidentId = incidentId;
    m_show->setVisible(incidentId != 0);
    show();
    QApplication::beep();
}

void AlertBanner::dismiss() {
    hide();
    m_incidentId = 0;
}

QString AlertBanner::text() const {
    return isVisible() ? m_text->text() : QString();
}

void AlertBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void AlertBanner::retranslateUi() {
    m_show->setText(tr("Show"));
    m_dismiss->setText(tr("Dismiss"));
    if (m_textFn) {
        m_text->setText(m_textFn());
    }
}

} // namespace jcc::console
