#include "console/widgets/UnitChoiceDialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jcc::console {

UnitChoiceDialog::UnitChoiceDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("unitChoiceDialog"));
    m_prompt = new QLabel(this);
    m_prompt->setTextFormat(Qt::PlainText);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("unitChoices"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_prompt->setBuddy(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Our own words: Qt's catalogue for Slovak lacks the standard buttons.
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_list->selectedItems().isEmpty());
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
}

void UnitChoiceDialog::setUnits(const QString& title, const QString& prompt,
                                const QStringList& labels, const QList<qint64>& ids, int selected) {
    setWindowTitle(title);
    m_prompt->setText(prompt);
    m_ids = ids;
    m_list->clear();
    m_list->addItems(labels);
    for (int row = 0; row < m_list->count() && row < std::max(1, selected); ++row) {
        m_list->item(row)->setSelected(true);
    }
    m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    m_list->setFocus();
}

QList<qint64> UnitChoiceDialog::chosen() const {
    QList<qint64> units;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected()) {
            units.append(m_ids.at(row));
        }
    }
    return units;
}

} // namespace jcc::console
