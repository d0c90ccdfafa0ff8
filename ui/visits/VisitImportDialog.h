#pragma once
// 导入走访记录: a CSV of visits (a phone form's export, a street's spreadsheet) chosen, its columns
// mapped to the visit's fields (found by their headers, changed here), every line previewed with
// what will happen to it (imported, already there, or refused and why) before anything is written,
// then the good lines imported with progress and cancel, and the refused ones listed by line.
// The rules are core's (visits/VisitImport.h), as `griddesk-cli visits import` applies them.
#include "common/AppContext.h"
#include "visits/VisitImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gdui {

class VisitImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VisitImportDialog(const AppContext &ctx, QWidget *parent = nullptr);
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *columnCombo(const QString &field) const { return m_columns.value(field); }

    // Reads the file and maps its columns by their headers; false after a message saying why.
    bool load(const QString &path);
    // Reads every line again with the columns as chosen now, writing nothing.
    void preview();
    // Imports the good lines; false when nothing was imported because of a refusal or a cancel.
    bool importNow();

private:
    gd::VisitColumns chosenColumns() const;
    AppContext m_ctx;
    std::optional<gd::CsvTable> m_file;
    QLineEdit *m_path;
    QComboBox *m_encoding;
    QHash<QString, QComboBox *> m_columns;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace gdui
