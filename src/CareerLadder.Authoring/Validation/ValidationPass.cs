namespace CareerLadder.Authoring.Validation;

/// <summary>
/// The passes of validation in the order a validation of all files makes them; references skipped for an unreadable
/// part (CL0060) are listed in this order, then by track, whichever step met them.
/// </summary>
internal static class ValidationPass
{
    public const int Overlays = 0;
    public const int Tracks = 1;
    public const int Inheritance = 2;
    public const int Transitions = 3;
    public const int Rules = 4;
}
