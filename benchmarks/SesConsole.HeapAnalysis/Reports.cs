namespace SesConsole.HeapAnalysis;

internal static class Reports
{
    private const string ComponentState = "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState";
    private const string FrameArray = "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]";

    /// <summary>Growth by type between two dumps, divided by the circuits added between them.</summary>
    public static void Growth(HeapGraph before, HeapGraph after, double circuits, int top)
    {
        var a = BytesByType(before);
        var b = BytesByType(after);
        var growth = b.Keys.Union(a.Keys)
            .Select(type => (Type: type, PerCircuit: (b.GetValueOrDefault(type) - a.GetValueOrDefault(type)) / circuits))
            .OrderByDescending(x => x.PerCircuit)
            .ToList();
        Console.WriteLine($"{growth.Sum(x => x.PerCircuit) / 1024,8:F1} KB per circuit in all");
        foreach (var (type, perCircuit) in growth.Take(top))
        {
            Console.WriteLine($"{perCircuit / 1024,8:F1} KB  {type}");
        }
    }

    /// <summary>Every live component (by type): how many per circuit and the render-tree frame arrays it holds.</summary>
    public static void Components(HeapGraph heap, double circuits, int top)
    {
        var byComponent = new Dictionary<string, (int Count, long FrameBytes, SortedDictionary<int, int> Arrays)>();
        for (var node = 0; node < heap.Count; node++)
        {
            if (!heap.IsLive(node) || heap.Types[node] != ComponentState)
            {
                continue;
            }

            var children = heap.Children(node).ToList();
            var component = children.Select(c => heap.Types[c]).FirstOrDefault(IsComponentType) ?? "?";
            var entry = byComponent.GetValueOrDefault(component, (0, 0, new SortedDictionary<int, int>()));
            foreach (var array in FrameArraysOf(heap, children))
            {
                entry.FrameBytes += heap.Sizes[array];
                entry.Arrays[heap.Sizes[array]] = entry.Arrays.GetValueOrDefault(heap.Sizes[array]) + 1;
            }

            byComponent[component] = (entry.Count + 1, entry.FrameBytes, entry.Arrays);
        }

        Console.WriteLine($"{byComponent.Values.Sum(v => v.Count) / circuits,6:F1} components, " +
            $"{byComponent.Values.Sum(v => v.FrameBytes) / circuits / 1024:F1} KB of render-tree frames per circuit");
        foreach (var (component, v) in byComponent.OrderByDescending(x => x.Value.FrameBytes).ThenByDescending(x => x.Value.Count).Take(top))
        {
            var arrays = string.Join(", ", v.Arrays.Select(x => $"{x.Value}x{x.Key}"));
            Console.WriteLine($"{v.Count / circuits,6:F1} {v.FrameBytes / circuits / 1024,8:F1} KB  {component}  [{arrays}]");
        }
    }

    /// <summary>Objects of a type (prefix) at least a size, grouped by the path that holds them.</summary>
    public static void Paths(HeapGraph heap, string typePrefix, int minSize, int hops)
    {
        var groups = new Dictionary<string, (int Count, long Bytes)>();
        for (var node = 0; node < heap.Count; node++)
        {
            if (!heap.IsLive(node) || !heap.Types[node].StartsWith(typePrefix, StringComparison.Ordinal) || heap.Sizes[node] < minSize)
            {
                continue;
            }

            var path = string.Join(" < ", heap.PathUp(node).Take(hops));
            var group = groups.GetValueOrDefault(path);
            groups[path] = (group.Count + 1, group.Bytes + heap.Sizes[node]);
        }

        foreach (var (path, group) in groups.OrderByDescending(x => x.Value.Bytes).Take(30))
        {
            Console.WriteLine($"{group.Count,6} {group.Bytes / 1024.0,9:F1} KB  {path}");
        }
    }

    private static Dictionary<string, long> BytesByType(HeapGraph heap)
    {
        var bytes = new Dictionary<string, long>();
        for (var node = 0; node < heap.Count; node++)
        {
            if (heap.IsLive(node))
            {
                // gcdump names large objects' types with a size class: "System.String (Bytes > 1K)".
                bytes[heap.Types[node]] = bytes.GetValueOrDefault(heap.Types[node]) + heap.Sizes[node];
            }
        }

        return bytes;
    }

    // A RemoteComponentState's two RenderTreeBuilders each hold a RenderTreeFrameArrayBuilder and its array.
    private static IEnumerable<int> FrameArraysOf(HeapGraph heap, List<int> componentStateChildren) =>
        from builder in componentStateChildren
        where heap.Types[builder] == "Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder"
        from arrayBuilder in heap.Children(builder)
        where heap.Types[arrayBuilder] == "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrameArrayBuilder"
        from array in heap.Children(arrayBuilder)
        where heap.Types[array].StartsWith(FrameArray, StringComparison.Ordinal)
        select array;

    private static bool IsComponentType(string type) =>
        !type.StartsWith("System.", StringComparison.Ordinal) &&
        !type.StartsWith("Microsoft.AspNetCore.Components.Rendering.", StringComparison.Ordinal) &&
        !type.StartsWith("Microsoft.AspNetCore.Components.RenderTree.", StringComparison.Ordinal) &&
        !type.StartsWith("Microsoft.AspNetCore.Components.Server.Circuits.", StringComparison.Ordinal) &&
        !type.StartsWith("Microsoft.AspNetCore.Components.CascadingParameterState", StringComparison.Ordinal) &&
        !type.StartsWith("Microsoft.AspNetCore.Components.RenderHandle", StringComparison.Ordinal) &&
        (type.Contains("Mud", StringComparison.Ordinal) || type.Contains("SesConsole", StringComparison.Ordinal) ||
         type.StartsWith("Microsoft.AspNetCore.Components.", StringComparison.Ordinal));
}
