namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// The rows an Admin selected in one region's grid: names exactly as SES lists them (ordinal, in the order picked),
/// or "every row matching the view", which is read from the index when the delete starts, not from the page.
/// </summary>
public sealed class GridSelection
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);

    /// <summary>Every row matching the current view, on every page.</summary>
    public bool AllMatching { get; private set; }

    /// <summary>The names picked one by one (empty meaning while <see cref="AllMatching"/>).</summary>
    public IReadOnlyList<string> Names => _names;

    public bool IsEmpty => !AllMatching && _names.Count == 0;

    public bool IsSelected(string name) => AllMatching || _set.Contains(name);

    /// <summary>True when every one of <paramref name="page"/> is selected (and the page has rows).</summary>
    public bool IsPageSelected(IReadOnlyCollection<string> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Count > 0 && page.All(IsSelected);
    }

    public void Toggle(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (AllMatching)
        {
            return;
        }

        if (_set.Remove(name))
        {
            _names.Remove(name);
        }
        else
        {
            _set.Add(name);
            _names.Add(name);
        }
    }

    /// <summary>The header checkbox: selects the whole page, or, when it already is, unselects it (and "all matching").</summary>
    public void TogglePage(IReadOnlyCollection<string> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (IsPageSelected(page))
        {
            AllMatching = false;
            foreach (var name in page)
            {
                if (_set.Remove(name))
                {
                    _names.Remove(name);
                }
            }

            return;
        }

        foreach (var name in page.Where(_set.Add))
        {
            _names.Add(name);
        }
    }

    public void SelectAllMatching() => AllMatching = true;

    public void Clear()
    {
        AllMatching = false;
        _names.Clear();
        _set.Clear();
    }
}
