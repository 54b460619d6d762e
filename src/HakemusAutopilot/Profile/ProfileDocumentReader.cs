using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HakemusAutopilot.Operator;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HakemusAutopilot.Profile;

/// <summary>Turns the text of a JSON or YAML profile into a <see cref="ProfileNode"/> tree, or a finding that says where the syntax breaks.</summary>
internal static partial class ProfileDocumentReader
{
    private const int MaxDepth = 64;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    public static ProfileNode? ReadJson(ReadOnlyMemory<byte> utf8, FindingCollector findings)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, JsonOptions);
            return FromJson(document.RootElement);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = CharacterColumn(utf8.Span, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            findings.Error(
                string.Empty,
                new(nameof(Texts.ProfileInvalidJson), line, column),
                new(nameof(Texts.ProfileInvalidJsonFix), line));
            return null;
        }
    }

    public static ProfileNode? ReadYaml(string text, FindingCollector findings)
    {
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new ScalarNode(ScalarKind.Null, string.Empty);
            }

            parser.Consume<DocumentStart>();
            var root = ReadYamlNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw new UnsupportedYamlException(
                    parser.Current?.Start ?? Mark.Empty,
                    nameof(Texts.YamlManyDocuments));
            }

            return root;
        }
        catch (UnsupportedYamlException exception)
        {
            var (line, column) = (exception.Start.Line, exception.Start.Column);
            findings.Error(
                string.Empty,
                new(nameof(Texts.ProfileUnsupportedYaml), line, column, new OperatorText(exception.Reason)),
                new(exception.Reason + "Fix"));
            return null;
        }
        catch (Exception exception) when (exception is not YamlException and not OutOfMemoryException)
        {
            // YamlDotNet's scanner throws InvalidOperationException on some broken input
            // (found by ProfileLoaderTests' damaged copies), so its own position is all we have.
            var (line, column) = (parser.LastGood.Line, parser.LastGood.Column);
            findings.Error(
                string.Empty,
                new(nameof(Texts.ProfileInvalidYamlAfter), line, column),
                new(nameof(Texts.ProfileInvalidYamlAfterFix), line));
            return null;
        }
        catch (YamlException exception)
        {
            var (line, column) = (exception.Start.Line, exception.Start.Column);
            findings.Error(
                string.Empty,
                new(nameof(Texts.ProfileInvalidYaml), line, column),
                new(nameof(Texts.ProfileInvalidYamlFix), line));
            return null;
        }
    }

    private static ProfileNode FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ObjectNode(element.EnumerateObject()
            .Select(property => KeyValuePair.Create(property.Name, FromJson(property.Value)))
            .ToList()),
        JsonValueKind.Array => new ArrayNode(element.EnumerateArray().Select(FromJson).ToList()),
        JsonValueKind.String => new ScalarNode(ScalarKind.Text, element.GetString() ?? string.Empty),
        JsonValueKind.Number => new ScalarNode(ScalarKind.Number, element.GetRawText()),
        JsonValueKind.True => new ScalarNode(ScalarKind.Boolean, "true"),
        JsonValueKind.False => new ScalarNode(ScalarKind.Boolean, "false"),
        _ => new ScalarNode(ScalarKind.Null, string.Empty),
    };

    private static ProfileNode ReadYamlNode(IParser parser, int depth)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        if (depth > MaxDepth)
        {
            throw new UnsupportedYamlException(
                current.Start, nameof(Texts.YamlTooDeep));
        }

        // Aliases are refused rather than expanded: a profile never needs them, and expanding
        // them is how a small YAML file grows into gigabytes ("billion laughs").
        if (current is AnchorAlias)
        {
            throw new UnsupportedYamlException(
                current.Start,
                nameof(Texts.YamlAlias));
        }

        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return FromYamlScalar(scalar);
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<ProfileNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadYamlNode(parser, depth + 1));
                }

                return new ArrayNode(items);
            }

            case MappingStart:
            {
                parser.MoveNext();
                var members = new List<KeyValuePair<string, ProfileNode>>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (parser.Current is not Scalar key)
                    {
                        throw new UnsupportedYamlException(
                            parser.Current?.Start ?? current.Start,
                            nameof(Texts.YamlComplexKey));
                    }

                    parser.MoveNext();
                    members.Add(KeyValuePair.Create(key.Value, ReadYamlNode(parser, depth + 1)));
                }

                return new ObjectNode(members);
            }

            default:
                throw new YamlException(current.Start, current.End, "Unexpected YAML event.");
        }
    }

    // YAML 1.2 core schema: only unquoted scalars carry types; anything quoted is text.
    private static ScalarNode FromYamlScalar(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return new ScalarNode(ScalarKind.Text, scalar.Value);
        }

        var value = scalar.Value;
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return new ScalarNode(ScalarKind.Null, string.Empty, IsUnquotedYaml: true);
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new ScalarNode(ScalarKind.Boolean, value.ToLowerInvariant(), IsUnquotedYaml: true);
        }

        return YamlNumber().IsMatch(value)
            ? new ScalarNode(ScalarKind.Number, value, IsUnquotedYaml: true)
            : new ScalarNode(ScalarKind.Text, value, IsUnquotedYaml: true);
    }

    private static int CharacterColumn(ReadOnlySpan<byte> utf8, long lineIndex, long bytePosition)
    {
        var start = 0;
        for (long line = 0; line < lineIndex; line++)
        {
            var newline = utf8[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            start += newline + 1;
        }

        var end = (int)Math.Min(utf8.Length, start + bytePosition);
        return Encoding.UTF8.GetCharCount(utf8[start..end]) + 1;
    }

    [GeneratedRegex(@"^([-+]?(0|[1-9][0-9]*|[0-9]+)|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant, ProfileRegex.TimeoutMilliseconds)]
    private static partial Regex YamlNumber();

    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastGood { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (inner.Current is { } current)
            {
                LastGood = current.End;
            }

            return inner.MoveNext();
        }
    }

    /// <summary>A YAML construct a profile never needs; <see cref="Reason"/> names a text whose fix is the same name with "Fix".</summary>
    private sealed class UnsupportedYamlException(Mark start, string reason) : Exception(reason)
    {
        public Mark Start { get; } = start;

        public string Reason { get; } = reason;
    }
}
