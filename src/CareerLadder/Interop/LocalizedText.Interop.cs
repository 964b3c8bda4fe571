using System.Text.Json.Serialization;
using CareerLadder.Serialization;

namespace CareerLadder;

[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed partial class LocalizedText
{
}
