#include "WorkerForm.h"

#include "common/Choosers.h"
#include "common/MessageBox.h"
#include "org/GridService.h"
#include "org/HierarchyService.h"
#include "people/WorkerService.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gdui {

WorkerForm::WorkerForm(gd::Database &db, QWidget *parent)
    : RecordForm(parent)
    , m_db(db)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("workerNameLineEdit"));
    m_name->setMaxLength(20);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("workerSexComboBox"));
    m_sex->addItem(tr("(not given)"), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("workerPhoneLineEdit"));
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("Mobile, 11 digits"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("workerKindComboBox"));
    for (const QString &k : gd::people::workerKinds())
        m_kind->addItem(gd::people::workerKindName(k), k);
    m_community = new QComboBox(this);
    m_community->setObjectName(QStringLiteral("workerCommunityComboBox"));
    makeSearchable(m_community);
    m_startDate = new QLineEdit(this);
    m_startDate->setObjectName(QStringLiteral("workerStartDateLineEdit"));
    m_startDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_startDate->setMaxLength(10);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("workerStatusComboBox"));
    for (const QString &s : gd::people::workerStatuses())
        m_status->addItem(gd::people::workerStatusName(s), s);
    m_star = new QLabel(this);
    m_star->setToolTip(tr("Star levels change only through the monthly star-rating review."));
    m_grids = new QLineEdit(this);
    m_grids->setObjectName(QStringLiteral("workerGridsLineEdit"));
    m_grids->setPlaceholderText(tr("Grid codes, separated by spaces"));

    auto *photoBox = new QWidget(this);
    auto *photoLayout = new QHBoxLayout(photoBox);
    photoLayout->setContentsMargins(0, 0, 0, 0);
    m_photo = new QLabel(photoBox);
    m_photo->setObjectName(QStringLiteral("workerPhotoLabel"));
    m_photo->setFixedSize(90, 120);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("C&hoose photo…"), photoBox);
    choose->setObjectName(QStringLiteral("choosePhotoButton"));
    auto *clear = new QPushButton(tr("Clear photo"), photoBox);
    photoLayout->addWidget(m_photo);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(choose);
    photoButtons->addWidget(clear);
    photoButtons->addStretch();
    photoLayout->addLayout(photoButtons);
    photoLayout->addStretch();
    connect(choose, &QPushButton::clicked, this, &WorkerForm::choosePhoto);
    connect(clear, &QPushButton::clicked, this, [this] { setPhoto({}); });

    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Se&x:"), m_sex, QStringLiteral("sex"));
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addRow(tr("C&ommunity:"), m_community, QStringLiteral("community_id"));
    addRow(tr("S&tart date:"), m_startDate, QStringLiteral("start_date"));
    addRow(tr("Stat&us:"), m_status, QStringLiteral("status"));
    // 三亮: the contact card marks a party member.
    m_partyMember = new QCheckBox(tr("Pa&rty member (marked on the contact card)"), this);
    m_partyMember->setObjectName(QStringLiteral("workerPartyMember"));
    addRow(QString(), m_partyMember, QStringLiteral("party_member"));
    addRow(tr("Star level:"), m_star, QStringLiteral("star"));
    addRow(tr("&Grids:"), m_grids, QStringLiteral("grids"));
    addRow(tr("Photo:"), photoBox, QStringLiteral("photo"));

    auto *history = new QGroupBox(tr("Career ladder"), this);
    auto *historyLayout = new QVBoxLayout(history);
    m_career = new QTreeWidget(history);
    m_career->setObjectName(QStringLiteral("careerTreeWidget"));
    m_career->setAccessibleName(tr("Career ladder"));
    m_career->setRootIsDecorated(false);
    m_career->setHeaderLabels({tr("Date"), tr("Step"), tr("Note")});
    m_career->header()->setStretchLastSection(true);
    historyLayout->addWidget(m_career);
    auto *buttons = new QHBoxLayout;
    auto *addStep = new QPushButton(tr("Add ste&p…"), history);
    addStep->setObjectName(QStringLiteral("addCareerStepButton"));
    auto *removeStep = new QPushButton(tr("Remove step"), history);
    removeStep->setObjectName(QStringLiteral("removeCareerStepButton"));
    auto *addCover = new QPushButton(tr("Co&ver a vacant grid…"), history);
    addCover->setObjectName(QStringLiteral("addCoverButton"));
    buttons->addWidget(addStep);
    buttons->addWidget(removeStep);
    buttons->addWidget(addCover);
    buttons->addStretch();
    historyLayout->addLayout(buttons);
    m_covers = new QLabel(history);
    m_covers->setWordWrap(true);
    historyLayout->addWidget(m_covers);
    outerLayout()->addWidget(history, 1);
    connect(addStep, &QPushButton::clicked, this, &WorkerForm::addCareerStepRequested);
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (!currentCareerStepId().isEmpty())
            Q_EMIT removeCareerStepRequested(currentCareerStepId());
    });
    connect(addCover, &QPushButton::clicked, this, &WorkerForm::addCoverRequested);
}

QString WorkerForm::currentCareerStepId() const
{
    const QTreeWidgetItem *i = m_career->currentItem();
    return i ? i->data(0, Qt::UserRole).toString() : QString();
}

void WorkerForm::setPhoto(const QByteArray &photo)
{
    m_photoBytes = photo;
    QImage img = QImage::fromData(photo);
    if (img.isNull()) {
        m_photo->setPixmap({});
        m_photo->setText(tr("No photo"));
    } else {
        m_photo->setPixmap(
            QPixmap::fromImage(img.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

void WorkerForm::choosePhoto()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose a photo"), {}, tr("Pictures (*.jpg *.jpeg *.png)"));
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    reader.setAutoTransform(true);
    QImage img = reader.read();
    if (img.isNull()) {
        MessageBox::warning(this, tr("Photo"),
                            tr("%1 could not be read as a picture: %2").arg(file, reader.errorString()));
        return;
    }
    // A card photo needs no more than this; a phone picture would otherwise exceed the 2 MB limit.
    if (img.height() > 600)
        img = img.scaledToHeight(600, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPEG", 85);
    setPhoto(bytes);
}

void WorkerForm::refreshHistory()
{
    gd::WorkerService service(m_db);
    m_career->clear();
    for (const gd::CareerStep &s : service.careerSteps(m_worker.id)) {
        auto *item = new QTreeWidgetItem(m_career, {s.date, gd::people::careerStageName(s.stage), s.note});
        item->setData(0, Qt::UserRole, s.id);
    }
    QStringList covers;
    gd::GridService grids(m_db);
    for (const gd::GridCover &c : service.coversOfWorker(m_worker.id)) {
        auto g = grids.grid(c.gridId);
        covers << tr("Covers %1 from %2%3, subsidy %4 yuan a month")
                      .arg(g ? g->name : c.gridId, c.startDate,
                           c.endDate.isEmpty() ? QString() : tr(" to %1").arg(c.endDate))
                      .arg(c.monthlySubsidy);
    }
    m_covers->setText(covers.join(QLatin1Char('\n')));
    m_covers->setVisible(!covers.isEmpty());
}

void WorkerForm::setWorker(const gd::Worker &w)
{
    m_worker = w;
    QList<Choice> communities;
    for (const gd::Community &c : gd::HierarchyService(m_db).communities())
        communities << Choice{c.id, c.name};
    fillChoices(m_community, communities, tr("(none)"));
    m_name->setText(w.name);
    selectChoice(m_sex, w.sex);
    m_phone->setText(w.phone);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(w.kind)));
    selectChoice(m_community, w.communityId);
    m_startDate->setText(w.startDate);
    m_partyMember->setChecked(w.partyMember);
    m_status->setCurrentIndex(qMax(0, m_status->findData(w.status)));
    m_star->setText(gd::people::starText(w.star));
    QStringList codes;
    gd::GridService grids(m_db);
    for (const QString &id : w.gridIds)
        if (auto g = grids.grid(id))
            codes << g->code;
    codes.sort();
    m_grids->setText(codes.join(QLatin1Char(' ')));
    setPhoto(w.photo);
    refreshHistory();
    m_career->parentWidget()->setEnabled(!w.id.isEmpty());
    setTitle(w.id.isEmpty() ? tr("New worker") : tr("Worker: %1").arg(w.name));
    setRemovable(!w.id.isEmpty());
}

gd::Worker WorkerForm::worker(QString *unknownCode) const
{
    gd::Worker w = m_worker;
    w.name = m_name->text().trimmed();
    w.sex = m_sex->currentData().toString();
    w.phone = m_phone->text().trimmed();
    w.kind = m_kind->currentData().toString();
    w.communityId = chosenId(m_community);
    w.startDate = m_startDate->text().trimmed();
    w.partyMember = m_partyMember->isChecked();
    w.status = m_status->currentData().toString();
    w.photo = m_photoBytes;
    w.gridIds.clear();
    gd::GridService grids(m_db);
    for (const QString &code :
         m_grids->text().split(QRegularExpression(QStringLiteral("[\\s,，;；]+")), Qt::SkipEmptyParts)) {
        auto g = grids.gridByCode(code);
        if (g)
            w.gridIds << g->id;
        else if (unknownCode && unknownCode->isEmpty())
            *unknownCode = code;
    }
    return w;
}

} // namespace gdui
