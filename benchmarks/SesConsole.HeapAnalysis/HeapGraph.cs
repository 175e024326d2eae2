using Graphs;

namespace SesConsole.HeapAnalysis;

/// <summary>
/// One gcdump's objects with their type, size and the parent on a shortest path from the GC roots (breadth first),
/// which is how an object is attributed to what holds it.
/// </summary>
internal sealed class HeapGraph
{
    private readonly MemoryGraph _graph;

    private HeapGraph(MemoryGraph graph, int[] parents, string[] types, int[] sizes)
    {
        _graph = graph;
        Parents = parents;
        Types = types;
        Sizes = sizes;
    }

    /// <summary>Parent on a shortest path from the roots; -1 for the root, -2 for an unreachable node.</summary>
    public int[] Parents { get; }

    /// <summary>Type name without its module.</summary>
    public string[] Types { get; }

    public int[] Sizes { get; }

    public int Count => Types.Length;

    public bool IsLive(int node) => Parents[node] != -2;

    public static HeapGraph Load(string file)
    {
        var graph = new GCHeapDump(file).MemoryGraph;
        var count = (int)graph.NodeIndexLimit;
        var parents = new int[count];
        Array.Fill(parents, -2);
        var types = new string[count];
        var sizes = new int[count];
        var node = graph.AllocNodeStorage();
        var typeNode = graph.AllocTypeNodeStorage();
        var queue = new Queue<int>();
        var root = (int)graph.RootIndex;
        parents[root] = -1;
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            graph.GetNode((NodeIndex)current, node);
            types[current] = graph.GetType(node.TypeIndex, typeNode).Name.Split("  [")[0];
            sizes[current] = node.Size;
            for (var child = node.GetFirstChildIndex(); child != NodeIndex.Invalid; child = node.GetNextChildIndex())
            {
                if (parents[(int)child] == -2)
                {
                    parents[(int)child] = current;
                    queue.Enqueue((int)child);
                }
            }
        }

        return new HeapGraph(graph, parents, types, sizes);
    }

    public IEnumerable<int> Children(int node)
    {
        var storage = _graph.AllocNodeStorage();
        _graph.GetNode((NodeIndex)node, storage);
        for (var child = storage.GetFirstChildIndex(); child != NodeIndex.Invalid; child = storage.GetNextChildIndex())
        {
            yield return (int)child;
        }
    }

    /// <summary>The types on the path from the object's parent towards the roots, nearest first.</summary>
    public IEnumerable<string> PathUp(int node)
    {
        for (var parent = Parents[node]; parent >= 0; parent = Parents[parent])
        {
            yield return Types[parent];
        }
    }
}
