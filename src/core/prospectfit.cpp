#include "clientele/core/prospectfit.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"

namespace clientele {

ProspectFit::ProspectFit(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_bands(workspace->settings().fitBands)
{
    connect(workspace->chart(), &ChartEditor::chartChanged, this, &ProspectFit::invalidate);
    const ProfileStore *profiles = workspace->profiles();
    connect(profiles, &ItemStore::added, this, &ProspectFit::profilesEdited);
    connect(profiles, &ItemStore::changed, this, &ProspectFit::profilesEdited);
    connect(profiles, &ItemStore::removed, this, &ProspectFit::profilesEdited);
    connect(workspace, &Workspace::settingsChanged, this, &ProspectFit::settingsEdited);
}

const FitModel &ProspectFit::model() const
{
    if (!m_model) {
        m_disqualifiers = disqualifiers(m_workspace->profiles()->all());
        const ChartEditor *chart = m_workspace->chart();
        m_model.emplace(chart->chart(), chart->ideal(), m_disqualifiers, m_bands);
    }
    return *m_model;
}

FitModel ProspectFit::build(const Workspace &workspace)
{
    const ChartEditor *chart = workspace.chart();
    return FitModel(chart->chart(), chart->ideal(), disqualifiers(workspace.profiles()->all()),
                    workspace.settings().fitBands);
}

QList<Disqualifier> ProspectFit::disqualifiers(const QList<CustomerProfile> &profiles)
{
    QList<Disqualifier> found;
    for (const CustomerProfile &profile : profiles)
        for (const ProfileItem &item : profile.exclusions)
            if (item.rule && !item.rule->isEmpty())
                found.append({item.text, item.detail, *item.rule});
    return found;
}

void ProspectFit::invalidate()
{
    m_model.reset();
    Q_EMIT changed();
}

void ProspectFit::profilesEdited()
{
    // Nothing was scored with a model not yet built; a rename or a new need changes no score.
    if (m_model && disqualifiers(m_workspace->profiles()->all()) != m_disqualifiers)
        invalidate();
}

void ProspectFit::settingsEdited()
{
    const FitBands bands = m_workspace->settings().fitBands;
    if (bands == m_bands)
        return;
    m_bands = bands;
    invalidate();
}

} // namespace clientele
