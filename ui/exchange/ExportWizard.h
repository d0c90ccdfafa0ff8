#pragma once
// 导出数据包: the package this office sends to another, in three steps: what goes (everything,
// or one street, community or grid), to which office (and whether only what changed since the
// last package sent there), and the file. The export runs with a progress dialog that can cancel;
// a failed or cancelled export leaves no file. The work is core/exchange's.
#include "exchange/PackageExport.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace gd {
class Database;
}

namespace gdui {

class ExportWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ExportWizard(gd::Database &db, QWidget *parent = nullptr);

    // What the pages hold, for tests and for the page's defaults.
    gd::exchange::ExportScope scope() const;
    QString path() const;
    void setScope(gd::exchange::ExportScope::Kind kind, const QString &code = {});
    void setPeer(const QString &office, bool onlyChanges);
    void setPath(const QString &path);
    QComboBox *areaCombo() const { return m_area; }
    QComboBox *peerCombo() const { return m_peer; }

    // Writes the package with a progress dialog; false (with the reason shown) when it did not.
    bool runExport();
    const gd::exchange::ExportReport &report() const { return m_report; }
    QString resultText() const { return m_result; }

    void accept() override;

private:
    void fillAreas();
    void suggestPath();
    gd::Database &m_db;
    QComboBox *m_kind;
    QComboBox *m_area;
    QComboBox *m_peer;
    QCheckBox *m_onlyChanges;
    QLabel *m_peerHint;
    QLineEdit *m_path;
    bool m_pathEdited = false;
    gd::exchange::ExportReport m_report;
    QString m_result;
};

} // namespace gdui
