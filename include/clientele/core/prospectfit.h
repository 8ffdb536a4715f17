#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/fitscore.h"

#include <QObject>

#include <optional>

namespace clientele {

class Workspace;

// The workspace's fit model, the one way the Prospects page and the command line score: the
// chart and its derived ideal (ChartEditor), every profile's exclusions that carry a rule, and
// the grade bands (WorkspaceSettings). The model is built when first asked for and again after
// one of those changes, which changed() announces; edits that leave them as they were (a
// profile's name, another setting) announce nothing.
class ProspectFit : public QObject {
    Q_OBJECT
public:
    explicit ProspectFit(Workspace *workspace, QObject *parent = nullptr);

    const FitModel &model() const;

    // The model for these inputs, for callers without a window (the command line).
    static FitModel build(const Workspace &workspace);
    // Every exclusion with a rule, profile by profile (in the order they were made), each in
    // its list's order.
    static QList<Disqualifier> disqualifiers(const QList<CustomerProfile> &profiles);

Q_SIGNALS:
    // The chart, its weighting or fit choices, a profile's exclusion rules or the grade bands
    // changed: scores made before are out of date.
    void changed();

private:
    void invalidate();
    void profilesEdited();
    void settingsEdited();

    Workspace *m_workspace;
    FitBands m_bands;
    mutable std::optional<FitModel> m_model;
    mutable QList<Disqualifier> m_disqualifiers; // those m_model was built with
};

} // namespace clientele
