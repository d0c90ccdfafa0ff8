#include "ExemplaryDialog.h"

#include "cases/CaseService.h"
#include "cases/CaseTypes.h"
#include "common/Choosers.h"
#include "councils/CouncilService.h"
#include "disputes/DisputeList.h"
#include "disputes/DisputeTypes.h"
#include "exemplary/ExemplaryService.h"
#include "storage/Database.h"
#include "volunteers/VolunteerServices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gdui {

namespace {
constexpr qint64 kYearMs = 366LL * 24 * 3600 * 1000;

QPlainTextEdit *partEdit(QWidget *parent, const QString &name, const QString &text, const QString &hint)
{
    auto *e = new QPlainTextEdit(text, parent);
    e->setObjectName(name);
    e->setPlaceholderText(hint);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(70);
    return e;
}
} // namespace

ExemplaryDialog::ExemplaryDialog(const AppContext &ctx, const gd::ExemplaryCase &writeUp, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_writeUp(writeUp)
{
    setObjectName(QStringLiteral("exemplaryDialog"));
    setWindowTitle(writeUp.id.isEmpty() ? tr("Write up an exemplary case") : tr("Change the write-up"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exemplaryKindComboBox"));
    for (const QString &k : gd::exemplary::sourceKinds())
        m_kind->addItem(gd::exemplary::sourceKindName(k), k);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("exemplaryCaseNumberEdit"));
    m_number->setPlaceholderText(tr("The request's number"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("exemplarySourceComboBox"));
    m_source->setMinimumContentsLength(30);
    makeSearchable(m_source);
    auto *fill = new QPushButton(tr("&Fill from it"), this);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_kind);
    sourceRow->addWidget(m_number, 1);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(fill);
    m_sourceInfo = new QLabel(this);
    m_sourceInfo->setObjectName(QStringLiteral("exemplarySourceLabel"));
    m_sourceInfo->setWordWrap(true);
    if (writeUp.id.isEmpty()) {
        form->addRow(tr("&Written up from:"), sourceRow);
    } else {
        for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_number, m_source, fill})
            w->hide();
        delete sourceRow;
    }
    form->addRow(QString(), m_sourceInfo);
    m_title = new QLineEdit(writeUp.title, this);
    m_title->setObjectName(QStringLiteral("exemplaryTitleEdit"));
    m_category = new QLineEdit(writeUp.category, this);
    m_category->setObjectName(QStringLiteral("exemplaryCategoryEdit"));
    m_background = partEdit(this, QStringLiteral("exemplaryBackgroundEdit"), writeUp.background,
                            tr("What the matter was, and why it was hard"));
    m_actions = partEdit(this, QStringLiteral("exemplaryActionsEdit"), writeUp.actions,
                         tr("What the worker did, step by step"));
    m_effect = partEdit(this, QStringLiteral("exemplaryEffectEdit"), writeUp.effect, tr("How it ended"));
    m_lessons = partEdit(this, QStringLiteral("exemplaryLessonsEdit"), writeUp.lessons,
                         tr("What other workers can take from it"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Background:"), m_background);
    form->addRow(tr("What the worker &did:"), m_actions);
    form->addRow(tr("&Result:"), m_effect);
    form->addRow(tr("What others can &learn:"), m_lessons);
    m_photoList = new QListWidget(this);
    m_photoList->setObjectName(QStringLiteral("exemplaryPhotoList"));
    m_photoList->setMaximumHeight(90);
    auto *addPhotoButton = new QPushButton(tr("Add a &photo…"), this);
    auto *removePhoto = new QPushButton(tr("Remove the photo"), this);
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photoList, 1);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(addPhotoButton);
    photoButtons->addWidget(removePhoto);
    photoButtons->addStretch(1);
    photoRow->addLayout(photoButtons);
    form->addRow(tr("Photos:"), photoRow);
    layout->addLayout(form, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03020;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExemplaryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        forgetSource();
        fillSourceList();
    });
    connect(m_number, &QLineEdit::textEdited, this, &ExemplaryDialog::forgetSource);
    connect(fill, &QPushButton::clicked, this, &ExemplaryDialog::fillFromSource);
    connect(m_number, &QLineEdit::returnPressed, this, &ExemplaryDialog::fillFromSource);
    connect(m_source, &QComboBox::activated, this, &ExemplaryDialog::fillFromSource);
    connect(addPhotoButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Add a photo"), {}, tr("Pictures (*.jpg *.jpeg *.png)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_problem->setText(tr("%1 cannot be read: %2").arg(path, f.errorString()));
            return;
        }
        const QByteArray bytes = f.readAll();
        bool ok = false;
        const QString caption =
            QInputDialog::getText(this, tr("Add a photo"), tr("Caption (may stay empty):"), QLineEdit::Normal, {}, &ok);
        addPhoto(bytes, ok ? caption : QString());
    });
    connect(removePhoto, &QPushButton::clicked, this, [this] {
        const int row = m_photoList->currentRow();
        if (row >= 0 && row < m_writeUp.photos.size()) {
            m_writeUp.photos.removeAt(row);
            showPhotos();
        }
    });
    fillSourceList();
    showPhotos();
    if (!writeUp.id.isEmpty())
        m_sourceInfo->setText(tr("%1 · %2 · %3 (%4 star(s) when written)")
                                  .arg(gd::exemplary::sourceKindName(writeUp.sourceKind),
                                       writeUp.happenedOn.toString(Qt::ISODate), writeUp.workerName)
                                  .arg(writeUp.workerStar));
    resize(760, 780);
}

void ExemplaryDialog::fillSourceList()
{
    const QString kind = m_kind->currentData().toString();
    const bool isCase = kind == QLatin1String("case");
    m_number->setVisible(isCase && m_writeUp.id.isEmpty());
    m_source->setVisible(!isCase && m_writeUp.id.isEmpty());
    if (isCase || !m_writeUp.id.isEmpty())
        return;
    // The last year's records of the kind, newest first: what an office writes up.
    QList<Choice> choices;
    const qint64 now = m_ctx.db->nowMs();
    if (kind == QLatin1String("dispute")) {
        gd::DisputeFilter f;
        f.fromMs = now - kYearMs;
        f.toMs = now + 1;
        if (auto page = gd::DisputeList(*m_ctx.db).page(f, 300))
            for (const gd::DisputeRow &r : page->rows)
                choices << Choice{
                    r.id,
                    QStringLiteral("%1 %2 %3").arg(gd::cases::dayText(r.foundMs), r.gridName, r.summary.left(30))};
    } else if (kind == QLatin1String("council")) {
        gd::CouncilFilter f;
        f.fromMs = now - kYearMs;
        f.toMs = now + 1;
        if (auto page = gd::CouncilService(*m_ctx.db).page(f, 300))
            for (const gd::CouncilRow &r : page->rows)
                choices << Choice{r.id,
                                  QStringLiteral("%1 %2 %3").arg(gd::cases::dayText(r.atMs), r.communityName, r.topic)};
    } else {
        gd::VolunteerFilter f;
        f.fromMs = now - kYearMs;
        f.toMs = now + 1;
        if (auto page = gd::VolunteerServiceLog(*m_ctx.db).page(f, 300))
            for (const gd::VolunteerServiceRow &r : page->rows)
                choices << Choice{r.id,
                                  QStringLiteral("%1 %2 %3 %4")
                                      .arg(gd::cases::dayText(r.atMs), r.gridName, r.kindName, r.summary.left(24))};
    }
    fillChoices(m_source, choices, tr("(choose one)"));
}

bool ExemplaryDialog::fillFromSource()
{
    const QString kind = m_kind->currentData().toString();
    QString sourceId;
    if (kind == QLatin1String("case")) {
        auto c = gd::CaseService(*m_ctx.db).caseByNumber(m_number->text().trimmed());
        if (!c) {
            m_problem->setText(tr("No request has the number %1.").arg(m_number->text().trimmed()));
            return false;
        }
        sourceId = c->id;
    } else {
        sourceId = chosenId(m_source);
    }
    auto draft = gd::ExemplaryService(*m_ctx.db).draftFrom(kind, sourceId);
    if (!draft) {
        m_problem->setText(draft.message());
        return false;
    }
    const QList<gd::ExemplaryPhoto> photos = m_writeUp.photos;
    // What the supervisor typed stays: a field is filled only while empty or as the last fill left it.
    const auto fillLine = [](QLineEdit *edit, const QString &before, const QString &now) {
        if (edit->text().trimmed().isEmpty() || edit->text() == before)
            edit->setText(now);
    };
    const auto fillText = [](QPlainTextEdit *edit, const QString &before, const QString &now) {
        if (edit->toPlainText().trimmed().isEmpty() || edit->toPlainText() == before)
            edit->setPlainText(now);
    };
    fillLine(m_title, m_filled.title, draft->title);
    fillLine(m_category, m_filled.category, draft->category);
    fillText(m_background, m_filled.background, draft->background);
    fillText(m_effect, m_filled.effect, draft->effect);
    m_filled = *draft;
    m_writeUp = *draft;
    m_writeUp.photos = photos;
    m_sourceInfo->setText(tr("%1 · %2 · %3 (%4 star(s) now)")
                              .arg(gd::exemplary::sourceKindName(kind), draft->happenedOn.toString(Qt::ISODate),
                                   draft->workerName.isEmpty() ? tr("no worker credited") : draft->workerName)
                              .arg(draft->workerStar));
    m_problem->clear();
    return true;
}

void ExemplaryDialog::addPhoto(const QByteArray &image, const QString &caption)
{
    m_writeUp.photos << gd::ExemplaryPhoto{QString(), image, caption};
    showPhotos();
}

void ExemplaryDialog::showPhotos()
{
    m_photoList->clear();
    for (const gd::ExemplaryPhoto &p : std::as_const(m_writeUp.photos)) {
        const QImage image = QImage::fromData(p.image);
        auto *item = new QListWidgetItem(p.caption.isEmpty() ? tr("(no caption)") : p.caption, m_photoList);
        if (!image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(image.scaled(64, 64, Qt::KeepAspectRatio))));
    }
}

QString ExemplaryDialog::problem() const
{
    return m_problem->text();
}

void ExemplaryDialog::forgetSource()
{
    if (!m_writeUp.id.isEmpty())
        return;
    m_writeUp.sourceId.clear();
    m_sourceInfo->clear();
}

bool ExemplaryDialog::save()
{
    if (m_writeUp.id.isEmpty() && m_writeUp.sourceId.isEmpty() && !fillFromSource())
        return false;
    gd::ExemplaryCase w = m_writeUp;
    w.title = m_title->text();
    w.category = m_category->text();
    w.background = m_background->toPlainText();
    w.actions = m_actions->toPlainText();
    w.effect = m_effect->toPlainText();
    w.lessons = m_lessons->toPlainText();
    auto saved = gd::ExemplaryService(*m_ctx.db).save(w);
    if (!saved) {
        m_problem->setText(saved.message());
        return false;
    }
    m_savedId = *saved;
    return true;
}

void ExemplaryDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace gdui
