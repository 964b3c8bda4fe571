using System.ComponentModel;
using System.Text.Json.Serialization;
using CareerLadder.Serialization;

namespace CareerLadder;

[JsonConverter(typeof(CompetencyJsonConverter))]
[TypeConverter(typeof(CompetencyTypeConverter))]
public sealed partial class Competency
{
}
