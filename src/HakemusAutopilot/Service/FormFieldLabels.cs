using HakemusAutopilot.Profile;

namespace HakemusAutopilot.Service;

/// <summary>Where a profile field sits on the form: its label, and the fieldset legend when the label repeats.</summary>
internal sealed record FieldSpec(string Label, string? Group)
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
        FormField.Purpose => new(labels.Purpose, null),
        FormField.HomeMunicipalityForProtectionOrder => new(labels.ProtectionOrder, null),
        FormField.NeededData => new(labels.NeededData, null),
        FormField.TechnicalContactName => new(labels.Name, labels.TechnicalContact),
        FormField.TechnicalContactEmail => new(labels.Email, labels.TechnicalContact),
        FormField.TechnicalContactPhone => new(labels.Phone, labels.TechnicalContact),
        FormField.DeputyName => new(labels.Name, labels.Deputy),
        FormField.DeputyEmail => new(labels.Email, labels.Deputy),
        FormField.DeputyPhone => new(labels.Phone, labels.Deputy),
        FormField.ProcessEmail => new(labels.ProcessEmail, null),
        FormField.SecurityStatement => new(labels.SecurityStatement, null),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no label is known for this field"),
    };
}
