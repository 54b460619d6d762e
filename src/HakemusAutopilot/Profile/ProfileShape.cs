namespace HakemusAutopilot.Profile;

/// <summary>
/// The keys and types a profile may hold. The loader checks files against it, and a test checks
/// that schemas/profile.schema.json says the same, so the schema editors use cannot drift from the tool.
/// </summary>
internal abstract record Shape;

internal sealed record TextShape : Shape;

internal sealed record BooleanShape : Shape;

internal sealed record ListShape(Shape Item) : Shape;

internal sealed record ObjectShape(IReadOnlyList<PropertyShape> Properties) : Shape
{
    public PropertyShape? Find(string name) =>
        Properties.FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.Ordinal));
}

internal sealed record PropertyShape(string Name, Shape Shape, bool Required);

internal static class ProfileShape
{
    public const string SchemaKey = "$schema";

    private static readonly TextShape Text = new();
    private static readonly BooleanShape Boolean = new();

    public static ObjectShape Contact { get; } = new(
    [
        new("name", Text, Required: true),
        new("email", Text, Required: true),
        new("phone", Text, Required: true),
    ]);

    public static ObjectShape Root { get; } = new(
    [
        new(SchemaKey, Text, Required: false),
        new("language", Text, Required: false),
        new("applicant", new ObjectShape(
        [
            new("name", Text, Required: true),
            new("businessId", Text, Required: true),
            new("actAs", Text, Required: false),
        ]), Required: true),
        new("purpose", new ObjectShape(
        [
            new("tasks", new ListShape(Text), Required: true),
            new("use", Text, Required: true),
            new("register", Text, Required: true),
            new("legalBasis", new ListShape(new ObjectShape(
            [
                new("statute", Text, Required: true),
                new("number", Text, Required: false),
                new("sections", new ListShape(Text), Required: true),
            ])), Required: true),
            new("legalBasisText", Text, Required: false),
        ]), Required: true),
        new("neededData", Text, Required: false),
        new("homeMunicipalityForProtectionOrder", Boolean, Required: false),
        new("technicalContact", Contact, Required: true),
        new("deputy", Contact, Required: false),
        new("processEmail", Text, Required: true),
        new("securityStatement", Text, Required: true),
        new("attachments", new ListShape(new ObjectShape(
        [
            new("path", Text, Required: true),
            new("description", Text, Required: true),
        ])), Required: false),
        new("saveDraft", Boolean, Required: false),
    ]);

    /// <summary>Every key path the shape knows, list items written as <c>[]</c>: <c>purpose.legalBasis[].statute</c>.</summary>
    public static IReadOnlyList<string> KeyPaths()
    {
        var paths = new List<string>();
        Collect(Root, string.Empty, paths);
        return paths;

        static void Collect(Shape shape, string prefix, List<string> paths)
        {
            switch (shape)
            {
                case ObjectShape objectShape:
                    foreach (var property in objectShape.Properties)
                    {
                        var path = ProfilePaths.Property(prefix, property.Name);
                        paths.Add(path);
                        Collect(property.Shape, path, paths);
                    }

                    break;
                case ListShape list:
                    Collect(list.Item, prefix + "[]", paths);
                    break;
            }
        }
    }
}
