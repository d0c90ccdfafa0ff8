#include "CardTemplateDialog.h"

#include "CardPreview.h"
#include "common/NotUndoable.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace gdui {

namespace {
// A line edit with a "Choose…" button beside it, as one row of the form.
QWidget *withButton(QWidget *parent, QWidget *field, QPushButton *button)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}
} // namespace

CardTemplateDialog::CardTemplateDialog(gd::Database &db, const gd::CardContent &sample, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_sample(sample)
{
    setObjectName(QStringLiteral("cardTemplateDialog"));
    setWindowTitle(tr("Card template"));
    const gd::CardTemplate t = gd::CardTemplate::load(db);
    m_logo = t.logo;
    m_title = new QLineEdit(t.title, this);
    m_title->setObjectName(QStringLiteral("cardTitleLineEdit"));
    m_title->setMaxLength(30);
    m_header = new QLineEdit(t.headerColor, this);
    m_header->setObjectName(QStringLiteral("headerColourLineEdit"));
    m_accent = new QLineEdit(t.accentColor, this);
    m_accent->setObjectName(QStringLiteral("accentColourLineEdit"));
    m_duties = new QLineEdit(t.duties, this);
    m_duties->setObjectName(QStringLiteral("dutiesLineEdit"));
    m_promise = new QLineEdit(t.promise, this);
    m_promise->setObjectName(QStringLiteral("promiseLineEdit"));
    m_promise->setToolTip(tr("Printed under the worker on each grid that has no promise of its own."));
    m_noProperty = new QLineEdit(t.noPropertyText, this);
    m_noProperty->setObjectName(QStringLiteral("noPropertyLineEdit"));
    m_noProperty->setToolTip(tr("Printed on the property line of a grid marked as having no property company."));
    // The residents read the card: it is printed in the office's language, not the window's.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("cardLanguageComboBox"));
    for (const QString &language : gd::CardTemplate::languages())
        m_language->addItem(gd::CardTemplate::languageName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(t.language)));
    m_logoLabel = new QLabel(this);
    m_fields = new QListWidget(this);
    m_fields->setObjectName(QStringLiteral("cardFieldsListWidget"));
    m_fields->setAccessibleName(tr("Parts of the card shown"));
    for (const QString &f : gd::CardTemplate::allFields()) {
        auto *item = new QListWidgetItem(gd::CardTemplate::fieldName(f), m_fields);
        item->setData(Qt::UserRole, f);
        item->setCheckState(t.shows(f) ? Qt::Checked : Qt::Unchecked);
    }
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("templatePreviewLabel"));

    auto *headerButton = new QPushButton(tr("Choose…"), this);
    auto *accentButton = new QPushButton(tr("Choose…"), this);
    auto *logoButton = new QPushButton(tr("Choose &logo…"), this);
    logoButton->setObjectName(QStringLiteral("chooseLogoButton"));
    auto *noLogo = new QPushButton(tr("&No logo"), this);
    noLogo->setObjectName(QStringLiteral("removeLogoButton"));
    auto *logoRow = withButton(this, m_logoLabel, logoButton);
    logoRow->layout()->addWidget(noLogo);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Title &colour:"), withButton(this, m_header, headerButton));
    form->addRow(tr("&Accent colour:"), withButton(this, m_accent, accentButton));
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("&Duties:"), m_duties);
    form->addRow(tr("Grid pro&mise:"), m_promise);
    form->addRow(tr("Without a property &company:"), m_noProperty);
    form->addRow(tr("Card &language:"), m_language);
    form->addRow(tr("&Shown:"), m_fields);
    m_errors.bind(QStringLiteral("title"), m_title);
    m_errors.bind(QStringLiteral("header_color"), m_header);
    m_errors.bind(QStringLiteral("accent_color"), m_accent);
    m_errors.bind(QStringLiteral("duties"), m_duties);
    m_errors.bind(QStringLiteral("no_property_text"), m_noProperty);
    m_errors.bind(QStringLiteral("promise"), m_promise);
    m_errors.bind(QStringLiteral("language"), m_language);
    m_errors.bind(QStringLiteral("logo"), logoButton);
    m_errors.bind(QStringLiteral("fields"), m_fields);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(m_preview);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns);
    outer->addWidget(notUndoableNote(settingsTakenBackBy(), this));
    outer->addWidget(buttons);

    connect(headerButton, &QPushButton::clicked, this, [this] { chooseColour(m_header); });
    connect(accentButton, &QPushButton::clicked, this, [this] { chooseColour(m_accent); });
    connect(logoButton, &QPushButton::clicked, this, &CardTemplateDialog::chooseLogo);
    connect(noLogo, &QPushButton::clicked, this, [this] { setLogo({}); });
    for (QLineEdit *e : {m_title, m_header, m_accent, m_duties, m_noProperty, m_promise})
        connect(e, &QLineEdit::textChanged, this, &CardTemplateDialog::refreshPreview);
    connect(m_fields, &QListWidget::itemChanged, this, &CardTemplateDialog::refreshPreview);
    connect(m_language, qOverload<int>(&QComboBox::currentIndexChanged), this, &CardTemplateDialog::refreshPreview);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setLogo(m_logo);
}

gd::CardTemplate CardTemplateDialog::cardTemplate() const
{
    gd::CardTemplate t;
    t.title = m_title->text().trimmed();
    t.headerColor = m_header->text().trimmed();
    t.accentColor = m_accent->text().trimmed();
    t.duties = m_duties->text().trimmed();
    t.noPropertyText = m_noProperty->text().trimmed();
    t.promise = m_promise->text().trimmed();
    t.language = m_language->currentData().toString();
    t.logo = m_logo;
    t.fields.clear();
    for (int i = 0; i < m_fields->count(); ++i)
        if (m_fields->item(i)->checkState() == Qt::Checked)
            t.fields << m_fields->item(i)->data(Qt::UserRole).toString();
    return t;
}

void CardTemplateDialog::setLogo(const QByteArray &bytes)
{
    m_logo = bytes;
    const QImage logo = QImage::fromData(bytes);
    if (logo.isNull())
        m_logoLabel->setText(bytes.isEmpty() ? tr("(none)") : tr("(not an image)"));
    else
        m_logoLabel->setPixmap(QPixmap::fromImage(logo.scaled(96, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    refreshPreview();
}

bool CardTemplateDialog::save()
{
    const gd::Status s = cardTemplate().save(m_db);
    return m_errors.report(this, s.error());
}

void CardTemplateDialog::chooseColour(QLineEdit *edit)
{
    const QColor c = QColorDialog::getColor(QColor(edit->text()), this, tr("Choose a colour"));
    if (c.isValid())
        edit->setText(c.name());
}

void CardTemplateDialog::chooseLogo()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the logo"), {}, tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    // Core checks size and format on saving; reading the file is the dialog's part.
    setLogo(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
}

void CardTemplateDialog::refreshPreview()
{
    gd::CardTemplate t = cardTemplate();
    // An unfinished colour while typing previews with the colour saved so far.
    const gd::CardTemplate saved = gd::CardTemplate::load(m_db);
    if (!QColor::isValidColorName(t.headerColor))
        t.headerColor = saved.headerColor;
    if (!QColor::isValidColorName(t.accentColor))
        t.accentColor = saved.accentColor;
    m_preview->setPixmap(cardPreview(t, m_sample, 300));
}

} // namespace gdui
