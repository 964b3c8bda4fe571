using System.Text.Json.Serialization;
using CareerLadder.Serialization;

namespace CareerLadder;

[JsonConverter(typeof(StepJsonConverter))]
public sealed partial class Step
{
}
