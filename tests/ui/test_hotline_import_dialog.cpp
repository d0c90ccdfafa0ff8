// The hotline import dialog headless: a GB18030 file is read, its columns mapped by default, the
// first twenty lines previewed with the bad ones marked, the import run, and the report shown
// and copied; plus the export helper the cases page calls.
#include "UiFixture.h"
#include "cases/CaseExportAction.h"
#include "cases/HotlineImportDialog.h"
#include "cases/HotlinePreviewModel.h"
#include "cases/HotlineReportModel.h"
#include "common/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableView>
#include <QTimeZone>

using namespace gdui;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// 25 orders over the last day; line 4 has a bad phone, line 8 a category the office does not have.
QByteArray orders()
{
    QString csv = u("工单编号,来电时间,来电人,联系电话,诉求地址,诉求内容,诉求目的,问题分类,紧急程度,诉求类型\r\n");
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600));
    for (int i = 0; i < 25; ++i) {
        const QString phone = i == 2 ? u("12-34") : u("139532%1").arg(10000 + i);
        const QString category = i == 6 ? u("外星事务") : u("市政设施/路灯与楼道灯");
        csv += u("UI-%1,%2,居民%1,%3,香港中路%1号,楼道灯不亮第%1天,修灯,%4,一般,求助\r\n")
                   .arg(i)
                   .arg(now.addSecs(-3600 * (25 - i)).toString(u("yyyy-MM-dd HH:mm")), phone, category);
    }
    QStringEncoder encoder("GB18030");
    return encoder(csv);
}

struct Desk {
    gduitest::DemoDb t;
    QTemporaryDir dir;
    QString path = dir.filePath(u("12345.csv"));
    Desk()
    {
        MessageBox::setTestMode(true);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(orders());
    }
    ~Desk() { MessageBox::setTestMode(false); }
};

} // namespace

TEST_CASE("the hotline import dialog maps, previews, imports and reports", "[import-ui]")
{
    Desk d;
    HotlineImportDialog dialog(*d.t);
    QAbstractItemModelTester previewTester(dialog.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester reportTester(dialog.reportModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    CHECK_FALSE(dialog.importButton()->isEnabled());

    REQUIRE(dialog.loadFile(d.path));
    CHECK(dialog.statusText().contains(u("GB18030")));
    CHECK(dialog.statusText().contains(u("25")));
    for (const QString &field : gd::HotlineMapping::fields()) {
        QComboBox *combo = dialog.mappingCombo(field);
        REQUIRE(combo);
        CHECK(combo->count() == 11); // "(none)" and the ten columns
        CHECK_FALSE(combo->accessibleName().isEmpty());
    }
    CHECK(dialog.mappingCombo(u("hotline_order"))->currentText() == u("工单编号"));
    CHECK(dialog.mappingCombo(u("received"))->currentText() == u("来电时间"));
    CHECK(dialog.mappingCombo(u("reporter_phone"))->currentText() == u("联系电话"));
    CHECK(dialog.mappingCombo(u("request_type"))->currentText() == u("诉求类型"));

    HotlinePreviewModel *preview = dialog.previewModel();
    REQUIRE(preview->rowCount() == HotlineImportDialog::kPreviewLines);
    CHECK(preview->columnCount() == HotlinePreviewModel::FirstFieldColumn + 10);
    CHECK(preview->problemRows() == 1);
    CHECK(preview->index(0, HotlinePreviewModel::LineColumn).data().toInt() == 2);
    CHECK(preview->index(0, HotlinePreviewModel::StatusColumn).data(HotlinePreviewModel::ProblemRole) == false);
    CHECK_FALSE(preview->index(0, 5).data(Qt::BackgroundRole).isValid());
    const int phoneColumn =
        HotlinePreviewModel::FirstFieldColumn + int(gd::HotlineMapping::fields().indexOf(u("reporter_phone")));
    const QModelIndex bad = preview->index(2, phoneColumn);
    CHECK(preview->index(2, HotlinePreviewModel::LineColumn).data().toInt() == 4);
    CHECK(bad.data().toString() == u("12-34"));
    CHECK(bad.data(HotlinePreviewModel::ProblemRole).toBool());
    CHECK(bad.data(Qt::BackgroundRole).isValid());
    CHECK(bad.data(Qt::ToolTipRole).toString().contains(u("12-34")));
    // An unknown category is imported under 其他 unless the operator maps it, which the preview shows.
    const QModelIndex unmapped = preview->index(6, HotlinePreviewModel::StatusColumn);
    CHECK_FALSE(unmapped.data(HotlinePreviewModel::ProblemRole).toBool());
    CHECK(unmapped.data().toString() == HotlinePreviewModel::tr("Import under Other"));
    CHECK(unmapped.data(Qt::ToolTipRole).toString().contains(u("外星事务")));
    QComboBox *category = dialog.categoryCombo(u("外星事务"));
    REQUIRE(category);
    CHECK(dialog.findChild<QGroupBox *>(u("importCategoriesGroupBox"))->isVisible());
    category->setCurrentIndex(category->findText(u("0301"), Qt::MatchStartsWith));
    REQUIRE(category->currentIndex() > 0);
    CHECK(preview->index(6, HotlinePreviewModel::StatusColumn).data().toString() ==
          HotlinePreviewModel::tr("Ready to import"));
    CHECK(dialog.importOptions().categories.categoryFor(u("外星事务")) == category->currentData().toString());
    category->setCurrentIndex(0);
    CHECK(preview->index(6, HotlinePreviewModel::StatusColumn).data().toString() ==
          HotlinePreviewModel::tr("Import under Other"));
    CHECK(preview->headerData(phoneColumn, Qt::Horizontal).toString() ==
          gd::HotlineMapping::label(u("reporter_phone")));
    CHECK(dialog.importButton()->isEnabled());

    // Unmapping a required column says which one and blocks the import; mapping it back frees it.
    dialog.mappingCombo(u("description"))->setCurrentIndex(0);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.statusText().contains(gd::HotlineMapping::label(u("description"))));
    CHECK(preview->rowCount() == 0);
    dialog.mappingCombo(u("description"))->setCurrentText(u("诉求内容"));
    CHECK(dialog.importButton()->isEnabled());
    CHECK(preview->rowCount() == HotlineImportDialog::kPreviewLines);

    int signalled = 0;
    QObject::connect(&dialog, &HotlineImportDialog::imported, [&](int n) { signalled = n; });
    REQUIRE(dialog.runImport());
    CHECK(dialog.report().imported == 24);
    CHECK(dialog.report().refused == 1);
    CHECK(dialog.report().unmapped == 1);
    CHECK(signalled == 24);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    HotlineReportModel *report = dialog.reportModel();
    REQUIRE(report->rowCount() == 2);
    CHECK(report->index(0, HotlineReportModel::LineColumn).data().toInt() == 4);
    CHECK(report->index(0, HotlineReportModel::ColumnColumn).data().toString() == u("联系电话"));
    CHECK(report->index(1, HotlineReportModel::LineColumn).data().toInt() == 8);
    CHECK(report->index(1, HotlineReportModel::ColumnColumn).data().toString() == u("问题分类"));
    auto *summary = dialog.findChild<QLabel *>(u("importSummaryLabel"));
    REQUIRE(summary);
    CHECK(summary->text().contains(u("Imported 24")));
    CHECK(summary->text().contains(u("under Other (13)")));
    CHECK(dialog.reportTable()->isVisible());
    dialog.copyReport();
    CHECK(QApplication::clipboard()->text().contains(u("Imported 24")));
    CHECK(QApplication::clipboard()->text().contains(u("4\t联系电话\t")));

    // The same file again: every good line is already there; the mapping came back from the file.
    HotlineImportDialog again(*d.t);
    REQUIRE(again.loadFile(d.path));
    CHECK(again.mappingCombo(u("hotline_order"))->currentText() == u("工单编号"));
    CHECK(again.previewModel()->index(0, HotlinePreviewModel::StatusColumn).data().toString() ==
          HotlinePreviewModel::tr("Already imported"));
    REQUIRE(again.runImport());
    CHECK(again.report().imported == 0);
    CHECK(again.report().alreadyThere == 24);

    // Forced to UTF-8, the GB18030 bytes are refused and nothing can be imported.
    again.setEncoding(gd::TextEncoding::Utf8);
    CHECK(again.statusText().contains(u("UTF-8")));
    CHECK_FALSE(again.importButton()->isEnabled());
    again.setEncoding(gd::TextEncoding::Gb18030);
    CHECK(again.importButton()->isEnabled());
}

TEST_CASE("the export helper writes the list to the file it is given and says so", "[import-ui]")
{
    Desk d;
    HotlineImportDialog dialog(*d.t);
    REQUIRE(dialog.loadFile(d.path));
    REQUIRE(dialog.runImport());
    gd::CaseFilter filter;
    filter.channel = u("hotline_12345");
    const QString xlsx = d.dir.filePath(u("list.xlsx"));
    auto r = exportCaseListTo(nullptr, *d.t, filter, xlsx);
    REQUIRE(r.ok());
    CHECK(r->rows == 24);
    CHECK(r->format == gd::ExportFormat::Xlsx);
    CHECK(MessageBox::lastText().contains(u("24 case(s) written")));
    QFile f(xlsx);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == "PK");

    auto wrong = exportCaseListTo(nullptr, *d.t, filter, d.dir.filePath(u("list.xls")));
    CHECK_FALSE(wrong.ok());
    CHECK(MessageBox::lastText().contains(u(".xlsx")));
    CHECK(defaultExportPath(*d.t, gd::ExportFormat::Csv).endsWith(u(".csv")));
}
