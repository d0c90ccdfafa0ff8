#include "RecordForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace gdui {

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
{
    m_outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_title->setFont(f);
    m_outer->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_outer->addLayout(m_form);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_save->setDefault(true);
    m_remove = new QPushButton(tr("&Deactivate…"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Records still in use are deactivated; unused ones are deleted."));
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_outer->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordForm::saveRequested);
    connect(m_remove, &QPushButton::clicked, this, &RecordForm::removeRequested);
    auto *shortcut = new QShortcut(QKeySequence::Save, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            Q_EMIT saveRequested();
    });
}

void RecordForm::setTitle(const QString &title)
{
    m_title->setText(title);
}

void RecordForm::setRemovable(bool removable)
{
    m_remove->setVisible(removable);
}

void RecordForm::setEditable(bool editable)
{
    for (QWidget *w : m_inputs)
        w->setEnabled(editable);
    m_save->setEnabled(editable);
    m_remove->setEnabled(editable);
}

void RecordForm::addRow(const QString &label, QWidget *widget, const QString &field)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(widget);
    m_form->addRow(l, widget);
    widget->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_errors.bind(field, widget);
    m_inputs << widget;
}

} // namespace gdui
