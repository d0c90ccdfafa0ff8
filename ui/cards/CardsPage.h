#pragma once
// The contact cards page (联系卡): choose a grid, a community or a street and a layout, see
// which cards would be incomplete and open the grid or worker to fix them, then preview, print
// or save the batch as one PDF, with progress and cancel.
#include "cards/CardCheck.h"
#include "cards/CardLayout.h"
#include "cards/CardPrint.h"
#include "common/AppContext.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QPushButton;
class QTableView;

namespace gdui {

class CardCheckModel;

class CardsPage : public QWidget
{
    Q_OBJECT
public:
    CardsPage(const AppContext &ctx, QWidget *parent = nullptr);
    CardCheckModel *checkModel() const { return m_model; }
    QTableView *checkView() const { return m_checkView; }
    QLabel *previewLabel() const { return m_preview; }
    QPushButton *fixGridButton() const { return m_fixGrid; }
    QPushButton *fixWorkerButton() const { return m_fixWorker; }
    QPushButton *templateButton() const { return m_template; }
    // Chooses what to print: kind is a gd::CardScope::Kind, id the grid's, community's or street's.
    void choose(int kind, const QString &id);
    void setCardLayout(gd::CardLayout layout);
    const QList<gd::CardContent> &cards() const { return m_cards; }
    // Reads the records again: after a fix, the check and preview show the change.
    void reload();
    // Writes the batch to a PDF (asking first when cards are incomplete); false when not written.
    bool savePdf(const QString &path);
    // Prints the batch (asking first when cards are incomplete); false when nothing was printed.
    bool printTo(QPrinter &printer);

Q_SIGNALS:
    void openGrid(const QString &gridCode);
    void openWorker(const QString &workerId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTargets();
    void updatePreview();
    void updateButtons();
    bool confirmIncomplete();
    bool paintBatch(QPagedPaintDevice &device);
    bool runBatch(const QString &text, const std::function<gd::Status(const gd::CardProgress &)> &work);
    gd::CardLayout currentLayout() const;
    void askPdf();
    void print();
    void preview();
    void editTemplate();
    const gd::CardProblem *currentProblem() const;

    AppContext m_ctx;
    QList<gd::CardContent> m_cards;
    QComboBox *m_scope;
    QComboBox *m_target;
    QComboBox *m_layout;
    QLabel *m_summary;
    CardCheckModel *m_model;
    QTableView *m_checkView;
    QPushButton *m_fixGrid;
    QPushButton *m_fixWorker;
    QPushButton *m_template;
    QList<QPushButton *> m_outputs; // preview, print, save: need cards to work on
    QLabel *m_preview;
};

} // namespace gdui
