using System.Globalization;
using SesConsole.HeapAnalysis;

// Reads the circuit benchmark's gcdumps (artifacts/circuit-benchmark/<time>/). Usage:
//   growth <before.gcdump> <after.gcdump> <circuits added> [top]   growth by type per circuit
//   components <dump.gcdump> <circuits> [top]                       live components and their render-tree frames
//   paths <dump.gcdump> <type prefix> [min size] [hops]              what holds the objects of a type
static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

switch (args)
{
    case ["growth", var before, var after, var circuits, ..]:
        Reports.Growth(HeapGraph.Load(before), HeapGraph.Load(after), Number(circuits), args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 50);
        return 0;
    case ["components", var dump, var circuits, ..]:
        Reports.Components(HeapGraph.Load(dump), Number(circuits), args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 60);
        return 0;
    case ["paths", var dump, var type, ..]:
        Reports.Paths(HeapGraph.Load(dump), type, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 0, args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 8);
        return 0;
    default:
        Console.Error.WriteLine("usage: growth <before> <after> <circuits> [top] | components <dump> <circuits> [top] | paths <dump> <type prefix> [min size] [hops]");
        return 2;
}
