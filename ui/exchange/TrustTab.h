#pragma once
// 信任的单位, a tab of the exchange page: this office's own key (its fingerprint, to read to other
// offices, and the key file to send them), and the offices whose signed packages this office
// merges: trust another office's key file after comparing its fingerprint, or withdraw trust.
// Administrators only act; core refuses anyone else anyway (exchange/Trust.h).
#include "common/AppContext.h"
#include "exchange/Trust.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gdui {

class TrustedOfficeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { OfficeColumn, FingerprintColumn, ScopeColumn, AddedColumn, ByColumn, ColumnCount };
    explicit TrustedOfficeModel(gd::Database &db, QObject *parent = nullptr);
    bool refresh();
    QString error() const { return m_error; }
    gd::exchange::TrustedOffice office(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    gd::Database &m_db;
    QList<gd::exchange::TrustedOffice> m_rows;
    QString m_error;
};

// What a scope means to people: "整个区", "街道 370202002".
QString trustScopeName(const gd::exchange::TrustScope &scope);

class TrustTab : public QWidget
{
    Q_OBJECT
public:
    explicit TrustTab(const AppContext &ctx, QWidget *parent = nullptr);
    TrustedOfficeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *ownFingerprintLabel() const { return m_ownFingerprint; }
    QPushButton *withdrawButton() const { return m_withdraw; }

    // Trusts the office of a key file after the fingerprint dialog; false when refused or cancelled.
    bool trustKeyFile(const QString &path);
    // Saves this office's key file; false (the reason shown) when it could not be written.
    bool saveOwnKey(const QString &path);
    // Withdraws trust in the selected office after asking; false when declined or refused.
    bool withdrawSelected();
    // The district's side: every trusted office in one signed file; and an office's side: the
    // district's list taken whole (exchange/OfficeList.h). False, the reason shown, when refused.
    bool saveOfficeList(const QString &path);
    bool takeOfficeList(const QString &path);

public Q_SLOTS:
    void refresh();

private:
    void updateActions();
    AppContext m_ctx;
    QLabel *m_ownFingerprint;
    QLabel *m_status;
    TrustedOfficeModel *m_model;
    QTableView *m_table;
    QPushButton *m_saveKey, *m_trustFile, *m_withdraw, *m_saveList, *m_takeList;
};

} // namespace gdui
