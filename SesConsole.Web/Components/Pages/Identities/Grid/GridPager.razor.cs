using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

public sealed partial class GridPager
{
    private const string ButtonClass = "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-flip-x-rtl";

    private readonly string _sizeId = "grid-page-size-" + Guid.NewGuid().ToString("N")[..8];

    [Parameter, EditorRequired]
    public IdentityGridUrl View { get; set; } = IdentityGridUrl.Default;

    /// <summary>Identities matching the view in the index.</summary>
    [Parameter]
    public int TotalCount { get; set; }

    /// <summary>False while the count is a lower bound ("1,000+").</summary>
    [Parameter]
    public bool TotalIsExact { get; set; } = true;

    /// <summary>Rows on the page shown.</summary>
    [Parameter]
    public int RowCount { get; set; }

    /// <summary>Called with the one-based page to show.</summary>
    [Parameter]
    public EventCallback<int> OnPage { get; set; }

    [Parameter]
    public EventCallback<int> OnPageSize { get; set; }

    private int LastPage => GridPaging.LastPage(TotalCount, View.Size);

    private bool CanGoBack => View.Page > 1;

    /// <summary>A count that is only a lower bound never stops the operator going on.</summary>
    private bool CanGoForward => View.Page < LastPage || (!TotalIsExact && RowCount == View.Size);

    private string Info => GridPaging.Info(View.Page, View.Size, RowCount, TotalCount, TotalIsExact);

    private Task GoAsync(int page) => OnPage.InvokeAsync(Math.Max(1, page));

    private Task SizeChangedAsync(ChangeEventArgs args) =>
        int.TryParse(args.Value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && IdentityGridUrl.Sizes.Contains(size)
            ? OnPageSize.InvokeAsync(size)
            : Task.CompletedTask;
}
