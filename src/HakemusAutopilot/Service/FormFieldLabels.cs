using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Service;

/// <summary>
/// Where a profile field sits on the form: its label, and the fieldset legend when the label repeats; with the
/// label map keys of both when they come from the map.
/// </summary>
internal sealed record FieldSpec(string Label, string? Group, string? LabelKey = null, string? GroupKey = null)
{
    public string Display => Group is null ? Label : $"{Group} / {Label}";

    public override string ToString() => Group is null ? $"\"{Label}\"" : $"\"{Label}\" under \"{Group}\"";
}

internal static class FormFieldLabels
{
    public static IReadOnlyDictionary<FormField, string> DisplayAll(ServiceLabels labels) =>
        Enum.GetValues<FormField>().ToDictionary(field => field, field => For(field, labels).Display);

    public static FieldSpec For(FormField field, ServiceLabels labels) => field switch
    {
        FormField.Purpose => Spec(labels.Purpose, nameof(labels.Purpose)),
        FormField.HomeMunicipalityForProtectionOrder => Spec(labels.ProtectionOrder, nameof(labels.ProtectionOrder)),
        FormField.NeededData => Spec(labels.NeededData, nameof(labels.NeededData)),
        FormField.TechnicalContactName => Spec(labels.Name, nameof(labels.Name), labels.TechnicalContact, nameof(labels.TechnicalContact)),
        FormField.TechnicalContactEmail => Spec(labels.Email, nameof(labels.Email), labels.TechnicalContact, nameof(labels.TechnicalContact)),
        FormField.TechnicalContactPhone => Spec(labels.Phone, nameof(labels.Phone), labels.TechnicalContact, nameof(labels.TechnicalContact)),
        FormField.DeputyName => Spec(labels.Name, nameof(labels.Name), labels.Deputy, nameof(labels.Deputy)),
        FormField.DeputyEmail => Spec(labels.Email, nameof(labels.Email), labels.Deputy, nameof(labels.Deputy)),
        FormField.DeputyPhone => Spec(labels.Phone, nameof(labels.Phone), labels.Deputy, nameof(labels.Deputy)),
        FormField.ProcessEmail => Spec(labels.ProcessEmail, nameof(labels.ProcessEmail)),
        FormField.SecurityStatement => Spec(labels.SecurityStatement, nameof(labels.SecurityStatement)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no label is known for this field"),
    };

    private static FieldSpec Spec(string label, string labelProperty, string? group = null, string? groupProperty = null) =>
        new(label, group, LabelMap.KeyOf(labelProperty), groupProperty is null ? null : LabelMap.KeyOf(groupProperty));
}
