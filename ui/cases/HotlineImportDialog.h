#pragma once
// Importing the 12345 hotline's work orders from its CSV export: choose the file and its
// encoding, check which column fills which field (the mapping last used comes back), look at
// the first lines as they would be taken, import with progress and cancel, then read the report
// of the lines that were not taken. All the work is core/exchange's; this dialog only asks.
#include "cases/io/HotlineImport.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace gdui {

class HotlinePreviewModel;
class HotlineReportModel;

class HotlineImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewLines = 20;

    explicit HotlineImportDialog(gd::Database &db, QWidget *parent = nullptr);

    // What "Choose…" does after the file dialog: read the file, fill the mapping and the preview.
    // False (and the reason in statusText()) when the file cannot be read.
    bool loadFile(const QString &path);
    void setEncoding(gd::TextEncoding encoding); // reads the file again
    gd::HotlineMapping mapping() const;
    // The operator's choices: the lines to attach or keep apart, the categories mapped here.
    gd::HotlineImportOptions importOptions() const;
    // The choice for a hotline category the office does not have (shown only when the file has some).
    QComboBox *categoryCombo(const QString &hotlineText) const { return m_categoryCombos.value(hotlineText); }
    // Runs the import with a progress dialog that can cancel; false when it did not run.
    bool runImport();

    const gd::HotlineImportReport &report() const { return m_report; }
    QString statusText() const;
    QString reportSummary() const;
    QComboBox *mappingCombo(const QString &field) const { return m_combos.value(field); }
    QComboBox *encodingCombo() const { return m_encoding; }
    QPushButton *importButton() const { return m_import; }
    HotlinePreviewModel *previewModel() const { return m_preview; }
    HotlineReportModel *reportModel() const { return m_reportModel; }
    QTableView *reportTable() const { return m_reportTable; }
    void copyReport() const;

Q_SIGNALS:
    void imported(int cases); // after an import that made cases, so lists can refresh

private:
    void chooseFile();
    void reload();
    void fillMapping(const gd::HotlineMapping &mapping);
    void fillCategories(const QStringList &unknown);
    void clearCategories();
    void refreshPreview();
    void showProblem(const QString &text);
    gd::Database &m_db;
    QString m_path;
    std::optional<gd::HotlineFile> m_file;
    gd::HotlineImportReport m_report;
    bool m_filling = false;
    QLineEdit *m_fileEdit;
    QComboBox *m_encoding;
    QLabel *m_status;
    QHash<QString, QComboBox *> m_combos;
    QGroupBox *m_categoryBox;
    QHash<QString, QComboBox *> m_categoryCombos; // hotline text → our category (none: 其他, flagged)
    QStringList m_unknownCategories;              // of this file, as first previewed
    QStackedWidget *m_pages;
    HotlinePreviewModel *m_preview;
    QTableView *m_previewTable;
    QLabel *m_summary;
    HotlineReportModel *m_reportModel;
    QTableView *m_reportTable;
    QPushButton *m_import;
};

} // namespace gdui
