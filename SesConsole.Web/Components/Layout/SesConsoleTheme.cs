using MudBlazor;

namespace SesConsole.Web.Components.Layout;

/// <summary>A calm teal-and-slate theme: the console is used for long stretches, often next to DNS consoles.</summary>
public static class SesConsoleTheme
{
    private static readonly string[] FontStack =
        ["Inter", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0f766e",
            Secondary = "#475569",
            Tertiary = "#7c3aed",
            Info = "#0369a1",
            Success = "#15803d",
            Warning = "#b45309",
            Error = "#b91c1c",
            AppbarBackground = "#0f3d3a",
            AppbarText = "#f8fafc",
            Background = "#f6f8fa",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1e293b",
            DrawerIcon = "#0f766e",
            TextPrimary = "#1e293b",
            TextSecondary = "#475569",
            TableLines = "#e2e8f0",
            LinesDefault = "#e2e8f0",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#2dd4bf",
            PrimaryContrastText = "#042f2e",
            Secondary = "#94a3b8",
            SecondaryContrastText = "#0f172a",
            Tertiary = "#a78bfa",
            Info = "#38bdf8",
            InfoContrastText = "#082f49",
            Success = "#4ade80",
            SuccessContrastText = "#052e16",
            Warning = "#fbbf24",
            WarningContrastText = "#451a03",
            Error = "#f87171",
            ErrorContrastText = "#450a0a",
            AppbarBackground = "#0b1f1e",
            AppbarText = "#e2e8f0",
            Background = "#0f172a",
            Surface = "#1e293b",
            DrawerBackground = "#111c2e",
            DrawerText = "#cbd5e1",
            DrawerIcon = "#2dd4bf",
            TextPrimary = "#e2e8f0",
            TextSecondary = "#94a3b8",
            TableLines = "#334155",
            LinesDefault = "#334155",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
            H4 = new H4Typography { FontFamily = FontStack, FontSize = "1.75rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = FontStack, FontSize = "1.35rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontStack, FontSize = "1.1rem", FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = FontStack, FontWeight = "600", TextTransform = "none", LetterSpacing = "0.01em" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}
