namespace HakemusAutopilot.Tests.Support;

/// <summary>
/// An expensive part of a fixture (a run, a guide), made once for the tests that read it. A failure is not kept: the
/// next test makes it again and fails for its own reason, rather than repeating a cached failure in milliseconds.
/// </summary>
internal sealed class Once<T>(Func<Task<T>> make)
{
    private readonly Lock gate = new();
    private Task<T>? made;

    public Task<T> GetAsync()
    {
        lock (gate)
        {
            if (made is null || made.IsFaulted || made.IsCanceled)
            {
                made = make();
            }

            return made;
        }
    }
}
