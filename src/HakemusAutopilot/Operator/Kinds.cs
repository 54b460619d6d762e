namespace HakemusAutopilot.Operator;

/// <summary>What a kind of element on the page is called for a person: <c>file input</c> is <c>KindFileInput</c> in the resources.</summary>
internal static class Kinds
{
    public static OperatorText Of(string kind) => OperatorText.Named("Kind", kind);
}
