#include "TrustTab.h"

#include "ExchangeNames.h"
#include "TrustOfficeDialog.h"
#include "access/Permissions.h"
#include "common/MessageBox.h"
#include "exchange/OfficeKey.h"
#include "exchange/OfficeList.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gdui {

// ---- the model -------------------------------------------------------------------------------

TrustedOfficeModel::TrustedOfficeModel(gd::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    refresh();
}

bool TrustedOfficeModel::refresh()
{
    auto offices = gd::exchange::trustedOffices(m_db);
    beginResetModel();
    m_rows = offices ? *offices : QList<gd::exchange::TrustedOffice>();
    m_error = offices ? QString() : offices.message();
    endResetModel();
    return offices.ok();
}

int TrustedOfficeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrustedOfficeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrustedOfficeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const gd::exchange::TrustedOffice &o = m_rows.at(index.row());
    switch (index.column()) {
    case OfficeColumn: return o.office.isEmpty() ? tr("(no name)") : o.office;
    case FingerprintColumn: return o.fingerprint;
    case ScopeColumn: return trustScopeName(o.scope);
    case AddedColumn: return exchangeTime(o.addedMs);
    case ByColumn: return o.addedBy;
    }
    return {};
}

QVariant TrustedOfficeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OfficeColumn: return tr("Office");
    case FingerprintColumn: return tr("Key fingerprint");
    case ScopeColumn: return tr("May send");
    case AddedColumn: return tr("Trusted on");
    case ByColumn: return tr("By");
    }
    return {};
}

QString trustScopeName(const gd::exchange::TrustScope &scope)
{
    if (scope.level == QLatin1String("street"))
        return TrustTab::tr("Street %1").arg(scope.code);
    if (scope.level == QLatin1String("community"))
        return TrustTab::tr("Community %1").arg(scope.code);
    if (scope.level == QLatin1String("grid"))
        return TrustTab::tr("Grid %1").arg(scope.code);
    return TrustTab::tr("The whole district");
}

// ---- the tab ---------------------------------------------------------------------------------

TrustTab::TrustTab(const AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("trustTab"));
    auto *layout = new QVBoxLayout(this);
    auto *own = new QGroupBox(tr("This office"), this);
    auto *ownLayout = new QHBoxLayout(own);
    auto *ownText = new QVBoxLayout;
    ownText->addWidget(new QLabel(tr("Other offices merge this office's packages once they trust its key. Read "
                                     "them this fingerprint over the phone, or send them the key file:"),
                                  own));
    m_ownFingerprint = new QLabel(own);
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprintLabel"));
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = m_ownFingerprint->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_ownFingerprint->setFont(mono);
    ownText->addWidget(m_ownFingerprint);
    ownLayout->addLayout(ownText, 1);
    m_saveKey = new QPushButton(tr("&Save the key file…"), own);
    m_saveKey->setObjectName(QStringLiteral("saveKeyButton"));
    ownLayout->addWidget(m_saveKey, 0, Qt::AlignTop);
    layout->addWidget(own);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Offices whose packages are merged here:"), this), 1);
    m_trustFile = new QPushButton(tr("&Trust a key file…"), this);
    m_trustFile->setObjectName(QStringLiteral("trustKeyFileButton"));
    m_withdraw = new QPushButton(tr("&Withdraw trust…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawTrustButton"));
    m_takeList = new QPushButton(tr("Take the district's office &list…"), this);
    m_takeList->setObjectName(QStringLiteral("takeOfficeListButton"));
    m_takeList->setToolTip(tr("Trust every office on a list the district signed (the district itself must be trusted "
                              "first)."));
    m_saveList = new QPushButton(tr("Save the office l&ist…"), this);
    m_saveList->setObjectName(QStringLiteral("saveOfficeListButton"));
    m_saveList->setToolTip(tr("For the district: the offices trusted here, signed, for every office to take."));
    row->addWidget(m_trustFile);
    row->addWidget(m_takeList);
    row->addWidget(m_saveList);
    row->addWidget(m_withdraw);
    layout->addLayout(row);
    m_model = new TrustedOfficeModel(*m_ctx.db, this);
    m_table = makeTable(this, m_model, QStringLiteral("trustedOfficesTable"), tr("Trusted offices"));
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trustStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_saveKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save this office's key"),
                                                          QDir::home().filePath(QStringLiteral("office.gdkey")),
                                                          tr("GridDesk office keys (*.gdkey)"));
        if (!path.isEmpty())
            saveOwnKey(path);
    });
    connect(m_trustFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the other office's key file"), QString(),
                                                          tr("GridDesk office keys (*.gdkey);;All files (*)"));
        if (!path.isEmpty())
            trustKeyFile(path);
    });
    connect(m_withdraw, &QPushButton::clicked, this, &TrustTab::withdrawSelected);
    connect(m_saveList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the office list"),
                                                          QDir::home().filePath(QStringLiteral("offices.gdlist")),
                                                          tr("GridDesk office lists (*.gdlist)"));
        if (!path.isEmpty())
            saveOfficeList(path);
    });
    connect(m_takeList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the district's office list"), QString(),
                                                          tr("GridDesk office lists (*.gdlist);;All files (*)"));
        if (!path.isEmpty())
            takeOfficeList(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrustTab::updateActions);
    refresh();
}

void TrustTab::refresh()
{
    auto key = gd::exchange::officeKey(*m_ctx.db);
    m_ownFingerprint->setText(key ? gd::exchange::fingerprint(key->publicKey) : key.message());
    if (!m_model->refresh())
        m_status->setText(m_model->error());
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No other office is trusted yet: every package is refused until its office is."));
    else
        m_status->clear();
    m_table->resizeColumnsToContents();
    updateActions();
}

void TrustTab::updateActions()
{
    const bool admin = gd::roleAllows(m_ctx.db->actor().role, gd::Permission::EditSettings);
    m_trustFile->setEnabled(admin);
    m_takeList->setEnabled(admin);
    m_saveList->setEnabled(admin);
    m_withdraw->setEnabled(admin && m_table->selectionModel()->hasSelection());
}

bool TrustTab::trustKeyFile(const QString &path)
{
    auto file = gd::exchange::readKeyFile(path);
    if (!file) {
        MessageBox::warning(this, tr("Trust an office"), file.message());
        return false;
    }
    gd::exchange::TrustedOffice office;
    office.publicKey = file->publicKey;
    office.office = file->office;
    office.site = file->site;
    TrustOfficeDialog dialog(*m_ctx.db, office, this);
    const bool trusted = dialog.exec() == QDialog::Accepted;
    refresh();
    return trusted;
}

bool TrustTab::saveOwnKey(const QString &path)
{
    if (gd::Status s = gd::exchange::writeKeyFile(*m_ctx.db, path); !s) {
        MessageBox::warning(this, tr("Save this office's key"), s.message());
        return false;
    }
    m_status->setText(tr("The key is in %1. Send it to the other office and read them the fingerprint.")
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TrustTab::saveOfficeList(const QString &path)
{
    if (gd::Status s = gd::exchange::writeOfficeList(*m_ctx.db, path); !s) {
        MessageBox::warning(this, tr("Save the office list"), s.message());
        return false;
    }
    m_status->setText(tr("The list of %1 office(s) is in %2, signed by this office.")
                          .arg(m_model->rowCount())
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TrustTab::takeOfficeList(const QString &path)
{
    auto taken = gd::exchange::importOfficeList(*m_ctx.db, path);
    if (!taken) {
        MessageBox::warning(this, tr("Take the district's office list"), taken.message());
        return false;
    }
    refresh();
    m_status->setText(
        tr("%1 office(s) on %2's list are trusted now, each for its area.").arg(taken->trusted).arg(taken->issuer));
    return true;
}

bool TrustTab::withdrawSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const gd::exchange::TrustedOffice office = m_model->office(rows.first().row());
    if (!MessageBox::question(this, tr("Withdraw trust"),
                              tr("Refuse every later package from %1 (%2)? Packages merged before stay merged.")
                                  .arg(office.office, office.fingerprint)))
        return false;
    if (gd::Status s = gd::exchange::withdrawTrust(*m_ctx.db, office.fingerprint); !s) {
        MessageBox::warning(this, tr("Withdraw trust"), s.message());
        return false;
    }
    refresh();
    return true;
}

} // namespace gdui
