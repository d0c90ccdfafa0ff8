#pragma once
// 导入数据包: another office's package merged into this file, in three steps: choose the file;
// see what merging it would do (checked whole, then merged and rolled back: per kind of data
// the records added, updated, unchanged and in conflict) before anything is written; merge, with
// a progress dialog that can cancel (the file stays as it was), then read the report. A package
// refused by the checks says why and changes nothing. The work is core/exchange's.
#include "exchange/MergeEngine.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace gd {
class Database;
}

namespace gdui {

class MergeCountsModel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(gd::Database &db, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What "Browse…" does after the file dialog: check the package and preview the merge.
    // False (the reason in statusText()) when it was refused, merged before or cancelled.
    bool preview(const QString &path);
    // Merges the previewed package; false when it was refused or cancelled.
    bool merge();

    QString statusText() const;
    MergeCountsModel *countsModel() const { return m_counts; }
    QPushButton *mergeButton() const { return m_merge; }
    // Shown when the package is signed by an office not trusted yet: opens TrustOfficeDialog.
    QPushButton *trustButton() const { return m_trust; }
    const gd::exchange::MergeReport &report() const { return m_report; }

Q_SIGNALS:
    void merged(); // after a merge that changed the file

private:
    void choose();
    void trustSender();
    void setStatus(const QString &text, bool problem);
    gd::Database &m_db;
    std::unique_ptr<gd::exchange::PackageReader> m_package;
    gd::exchange::MergeReport m_report;
    QLineEdit *m_file;
    QLabel *m_source;
    QLabel *m_status;
    MergeCountsModel *m_counts;
    QTableView *m_table;
    QPushButton *m_merge;
    QPushButton *m_trust;
    QString m_path;
};

} // namespace gdui
