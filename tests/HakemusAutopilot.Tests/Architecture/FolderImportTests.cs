using System.Text.RegularExpressions;
using HakemusAutopilot.Tests.Support;

namespace HakemusAutopilot.Tests.Architecture;

/// <summary>Each feature folder of the tool reads as a layer: no folder uses one that, directly or not, uses it back.</summary>
internal sealed partial class FolderImportTests
{
    private static readonly string Source = RepoPaths.File("src", "HakemusAutopilot");

    [Test]
    public void No_folder_imports_a_folder_that_imports_it()
    {
        var imports = Imports();

        var cycles = imports.Keys
            .Select(folder => (Folder: folder, Back: PathBack(folder, imports)))
            .Where(c => c.Back is not null)
            .Select(c => string.Join(" → ", c.Back!));

        Assert.That(imports, Has.Count.GreaterThan(8), "the folders were found");
        Assert.That(imports["Walk"], Does.Contain("Service").And.Contain("Profile"), "a use is seen by its using directive");
        Assert.That(cycles, Is.Empty);
    }

    [Test]
    public void A_qualified_type_name_counts_as_a_use_and_a_property_of_the_same_name_does_not()
    {
        var types = new Dictionary<string, HashSet<string>> { ["Questions"] = ["SiteMemoryOptions"], ["Walk"] = [] };

        Assert.That(Uses("services.AddOptions<Questions.SiteMemoryOptions>();", types), Is.EquivalentTo(new[] { "Questions" }));
        Assert.That(Uses("return await Questions.AnswerAsync(intent);", types), Is.Empty);
        Assert.That(Uses("var text = \"HakemusAutopilot.Walk.RunSession\";", types), Is.Empty);
    }

    private static Dictionary<string, HashSet<string>> Imports()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj")).ToArray();
        var types = folders.ToDictionary(f => f, f => Files(f).SelectMany(file => Declared().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).Append("Resolving").ToHashSet());
        return folders.ToDictionary(f => f, f => Files(f).SelectMany(file => Uses(File.ReadAllText(file), types)).Where(g => g != f).ToHashSet());
    }

    private static IEnumerable<string> Files(string folder) => Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs", SearchOption.AllDirectories);

    private static IEnumerable<string> Uses(string code, Dictionary<string, HashSet<string>> types)
    {
        var withoutStrings = StringLiteral().Replace(code, "\"\"");
        return types.Keys.Where(folder =>
            withoutStrings.Contains($"HakemusAutopilot.{folder}", StringComparison.Ordinal)
            || Regex.Matches(withoutStrings, $@"(?<![\w.]){folder}\.([A-Z]\w*)").Any(m => types[folder].Contains(m.Groups[1].Value)));
    }

    private static List<string>? PathBack(string start, Dictionary<string, HashSet<string>> imports)
    {
        var queue = new Queue<List<string>>(imports[start].Select(next => new List<string> { start, next }));
        var seen = new HashSet<string>();
        while (queue.TryDequeue(out var path))
        {
            if (path[^1] == start)
            {
                return path;
            }

            if (seen.Add(path[^1]))
            {
                foreach (var next in imports.GetValueOrDefault(path[^1], []))
                {
                    queue.Enqueue([.. path, next]);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:class|record|enum|interface|struct)\s+(\w+)")]
    private static partial Regex Declared();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringLiteral();
}
