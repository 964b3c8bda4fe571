using CareerLadder.Authoring.Model;

namespace CareerLadder.Authoring.Validation;

/// <summary>
/// What the validation of one track reads besides the <see cref="LadderIndex"/>: the track, the tracks whose levels
/// its levels extend (directly or not: their content is inherited) and the overlays of all of these. Equal as long as
/// none of these files changes, so the track is validated again only then (or when the index changes).
/// </summary>
/// <param name="Track">The track to validate.</param>
/// <param name="Ancestors">The other tracks its <c>extends:</c> chains reach, in validation order.</param>
/// <param name="Overlays">The overlays of the track and of its ancestors, ordered by path.</param>
public sealed record TrackValidationInput(TrackDefinition Track, EquatableArray<TrackDefinition> Ancestors, EquatableArray<OverlayDefinition> Overlays);
