using System.Text.Json;
using Microsoft.Playwright;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Browser.Accessibility;

/// <summary>Runs axe-core (npm, this folder) in a page with the WCAG 2.1 A and AA rules and returns its violations.</summary>
public static class AxeCore
{
    private static readonly string ScriptPath =
        Path.Combine(RepositoryPaths.Root, "SesConsole.Tests", "Accessibility", "node_modules", "axe-core", "axe.min.js");

    /// <returns>One line per violation: rule id, impact and the elements it found, or none.</returns>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(ScriptPath), $"Run `npm ci` in {Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(ScriptPath)))} first (scripts/test.sh does).");
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        }

        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const result = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                    resultTypes: ['violations'],
                });
                return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ') + ' ' + n.html.slice(0, 300)).join(', ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
