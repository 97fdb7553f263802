#!/usr/bin/env python3
"""Writes the hostile-input corpus of tests/data/bad (see README.md next to this script).

Deterministic: the same bytes on every run (fixed random seed, fixed ZIP and gzip times).
Only the Python standard library is used. Run from anywhere:

    python3 tests/data/bad/generate.py

Files are (re)written next to this script; expected.txt is maintained by hand.
"""

import copy
import gzip
import io
import json
import pathlib
import random
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
SAMPLE_PATH = HERE.parent.parent.parent / "resources" / "samples" / "seed-full-example.json"
SAMPLE = SAMPLE_PATH.read_bytes()
RECORD = json.loads(SAMPLE)

files = {}


def put(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    assert name not in files, name
    files[name] = data


def dump(value):
    return json.dumps(value, indent=2, ensure_ascii=False).encode("utf-8")


def record(**changes):
    """A deep copy of the sample record with top-level properties replaced."""
    r = copy.deepcopy(RECORD)
    r.update(changes)
    return r


def session0(r):
    return r["sessions"][0]


def media0(r):
    return r["sessions"][0]["segments"][0]["media"][0]


def stream0(r):
    return media0(r)["streams"][0]


def cut_at(marker, extra=0, occurrence=1):
    """The sample cut right after the `occurrence`-th `marker`, plus `extra` bytes."""
    position = -1
    for _ in range(occurrence):
        position = SAMPLE.index(marker, position + 1)
    return SAMPLE[: position + len(marker) + extra]


# --- truncated at many offsets ------------------------------------------------------------
put("truncated-01-after-open-brace.json", SAMPLE[:1])
put("truncated-02-inside-key.json", cut_at(b'"@odata.con'))
put("truncated-03-after-key.json", cut_at(b'"version"'))
put("truncated-04-after-colon.json", cut_at(b'"version": '))
put("truncated-05-inside-number.json", cut_at(b'"linkSpeed": 5400'))
put("truncated-06-inside-string.json", cut_at(b'"id": "e523d2ed-29'))
put("truncated-07-inside-literal.json", cut_at(b'"NoSound": fal'))
put("truncated-08-after-comma.json", cut_at(b'"displayName": "Abbie Wilkins",'))
put("truncated-09-after-sessions-bracket.json", cut_at(b'"sessions": ['))
put("truncated-10-before-last-brace.json", SAMPLE.rstrip()[:-1])
put("truncated-11-half.json", SAMPLE[: len(SAMPLE) // 2])

# --- wrong types at each level -------------------------------------------------------------
r = record(id={"x": 1}, version="two", type=[1], startDateTime=5, modalities="audio",
           organizer="Abbie Wilkins", participants=3)
put("wrongtype-record.json", dump(r))

put("wrongtype-sessions-object.json", dump(record(sessions={"id": "s1", "segments": []})))
put("wrongtype-sessions-string.json", dump(record(sessions="System.Object[]")))

r = record()
session0(r).update(caller="Abbie Wilkins", callee=[1, 2], segments=5, modalities={"a": 1}, startDateTime=[])
put("wrongtype-session.json", dump(r))

r = record()
segment = session0(r)["segments"][0]
segment.update(media="main-audio", caller=[], callee=True, failureInfo=7, id=12.5)
put("wrongtype-segment.json", dump(r))

r = record()
media0(r).update(streams={"a": 1}, label=5, callerNetwork="wifi", calleeDevice=[], callerDevice=None)
put("wrongtype-media.json", dump(r))

r = record()
stream0(r).update(averageJitter=[1], maxJitter={"ms": 21}, packetUtilization="many", wasMediaBypassed="no",
                  streamDirection=5, averagePacketLossRate=[0.1], streamId={"id": 1})
put("wrongtype-stream.json", dump(r))

r = record()
media0(r)["callerNetwork"].update(linkSpeed="fast", ipAddress=10, connectionType={}, receivedQualityEventRatio=[0.2],
                                  subnet=False, reflexiveIPAddress=[])
put("wrongtype-networkinfo.json", dump(r))

r = record()
media0(r)["callerDevice"].update(micGlitchRate="high", captureDeviceName=7, receivedSignalLevel=[-10],
                                 speakerGlitchRate={"v": 1}, lowSpeechLevelEventRatio=True)
put("wrongtype-deviceinfo.json", dump(r))

r = record(organizer={"user": []}, participants=[{"user": "Abbie Wilkins"}, "System.Collections.Hashtable",
                                                 {"user": {"id": 5, "displayName": ["Owen"]}}])
session0(r)["caller"]["identity"] = "System.Collections.Hashtable"
put("wrongtype-identity.json", dump(r))

# --- nulls ----------------------------------------------------------------------------------


def nulled(value):
    if isinstance(value, dict):
        return {k: nulled(v) for k, v in value.items()}
    if isinstance(value, list):
        return [nulled(v) for v in value]
    return None


put("nulls-every-leaf.json", dump(nulled(RECORD)))
put("nulls-every-property.json", dump({k: None for k in RECORD}))
put("nulls-in-arrays.json", dump(record(sessions=[None, None], modalities=[None], participants=[None])))

# --- non-finite and huge numbers, long durations -------------------------------------------
text = SAMPLE.decode()
put("nonfinite-nan.json", text.replace('"averageJitter": "PT0.016S"', '"averageJitter": NaN', 1))
put("nonfinite-infinity.json", text.replace('"linkSpeed": 54000000', '"linkSpeed": Infinity', 1))
put("nonfinite-minus-infinity.json", text.replace('"linkSpeed": 54000000', '"linkSpeed": -Infinity', 1))
r = record()
stream0(r).update(averagePacketLossRate="NaN", maxPacketLossRate="Infinity", averageAudioDegradation="-Infinity")
put("nonfinite-as-strings.json", dump(r))
huge = (text.replace('"version": 1', '"version": 18446744073709551616', 1)
        .replace('"linkSpeed": 54000000', '"linkSpeed": -9223372036854775809', 1)
        .replace('"receivedQualityEventRatio": 0.27', '"receivedQualityEventRatio": 1e400', 1)
        .replace('"e523d2ed-2966-4b6b-925b-754a88034cc5",\n    "organizer"',
                 '"e523d2ed-2966-4b6b-925b-754a88034cc5",\n    "futureCounter": 1e400,\n'
                 '    "futureBig": -9223372036854775809,\n    "organizer"', 1))
assert huge.count("1e400") == 2 and "18446744073709551616" in huge and huge.count("-9223372036854775809") == 2
put("huge-numbers.json", huge)
r = record()
stream0(r).update(averageJitter="PT99999999999999999H", maxJitter="P99999999999999999999D",
                  averageRoundTripTime="PT" + "9" * 400 + "S", maxRoundTripTime="-PT1S")
put("duration-huge.json", dump(r))
put("dates-invalid.json", dump(record(startDateTime="2020-13-45T99:99:99Z", endDateTime="yesterday",
                                      lastModifiedDateTime="99999-01-01T00:00:00Z")))

# --- deep nesting ---------------------------------------------------------------------------
DEPTH = 10000
put("deep-arrays-top.json", "[" * DEPTH + "]" * DEPTH)
put("deep-objects-top.json", '{"a":' * DEPTH + "1" + "}" * DEPTH)
put("deep-arrays-unclosed.json", "[" * DEPTH)
prefix = '{\n  "id": "deep-1",\n  "sessions": [],\n  "futureThing": '
put("deep-arrays-in-unknown.json", prefix + "[" * DEPTH + "]" * DEPTH + "\n}\n")
put("deep-objects-in-unknown.json", prefix + '{"a":' * DEPTH + "null" + "}" * DEPTH + "\n}\n")
put("deep-arrays-in-sessions.json", '{"id": "deep-2", "sessions": ' + "[" * DEPTH + "]" * DEPTH + "}")

# --- encodings ------------------------------------------------------------------------------
head = b'{\n  "id": "enc-1",\n  "sessions": [],\n  "type": "'
tail = b'"\n}\n'
put("utf8-overlong-slash.json", head + b"\xc0\xaf" + tail)
put("utf8-lone-continuation.json", head + b"ab\x80cd" + tail)
put("utf8-encoded-surrogate.json", head + b"\xed\xa0\x80" + tail)
put("utf8-truncated-sequence.json", head + b"\xe2\x82" + tail)
put("utf8-bom-then-garbage.json", b"\xef\xbb\xbf" + b"garbage, not JSON")
put("utf8-bom-only.json", b"\xef\xbb\xbf")
put("utf16le-bom-valid.json", b"\xff\xfe" + text.encode("utf-16-le"))
put("utf16be-bom-valid.json", b"\xfe\xff" + text.encode("utf-16-be"))
lone = '{"id": "enc-2", "sessions": [], "type": "X"}'
put("utf16le-bom-unpaired-surrogate.json",
    b"\xff\xfe" + lone.encode("utf-16-le").replace("X".encode("utf-16-le"), b"\x00\xd8"))
put("utf16be-bom-unpaired-surrogate.json",
    b"\xfe\xff" + lone.encode("utf-16-be").replace("X".encode("utf-16-be"), b"\xdc\x00"))
put("utf16le-odd-length.json", b"\xff\xfe" + lone.encode("utf-16-le") + b"}")
put("utf32le-bom.json", b"\xff\xfe\x00\x00" + lone.encode("utf-32-le"))
put("utf32be-bom.json", b"\x00\x00\xfe\xff" + lone.encode("utf-32-be"))
put("escape-lone-surrogate.json", '{"id": "\\ud800", "sessions": []}')
put("escape-invalid.json", '{"id": "a\\qb", "sessions": []}')

# --- not JSON at all ------------------------------------------------------------------------
put("empty.json", b"")
put("whitespace-only.json", b" \n\t\r\n   \n")
rng = random.Random(20261128)
put("binary-noise.bin", bytes(rng.randrange(256) for _ in range(4096)))
put("binary-noise-high-bytes.bin", bytes(rng.randrange(0x80, 256) for _ in range(4096)))
put("html-error-page.html", """<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response from an upstream server.</p></body>
</html>
""")
put("graph-error.json", dump({"error": {
    "code": "Authorization_RequestDenied",
    "message": "Insufficient privileges to complete the operation.",
    "innerError": {"date": "2026-11-28T05:00:00", "request-id": "7f0c3a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6",
                   "client-request-id": "7f0c3a4e-1b2d-4c5e-8f90-a1b2c3d4e5f6"}}}))
put("oauth-token-error.json", dump({
    "error": "invalid_client",
    "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the "
                         "request is the client secret value, not the client secret ID.",
    "error_codes": [7000215], "timestamp": "2026-11-28 05:00:00Z",
    "trace_id": "0d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6", "correlation_id": "1a2b3c4d-5e6f-7a8b-9c0d-e1f2a3b4c5d6",
    "error_uri": "https://login.microsoftonline.com/error?code=7000215"}))
archive = io.BytesIO()
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("seed-full-example.json", date_time=(2026, 11, 28, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, SAMPLE)
put("sample.zip", archive.getvalue())
put("sample.json.gz", gzip.compress(SAMPLE, mtime=0))

# --- big but valid ------------------------------------------------------------------------
put("string-10mb.json", '{\n  "id": "big-string",\n  "sessions": [],\n  "notes": "' + "a" * (10 * 1024 * 1024)
    + '"\n}\n')
put("array-100k-empty-objects.json", "[" + ",".join(["{}"] * 100000) + "]")

# --- odd but legal JSON ---------------------------------------------------------------------
put("duplicate-keys.json", '{"id": "first", "type": "groupCall", "id": "second", "sessions": 1, "sessions": []}')
put("control-chars-raw.json", b'{"id": "tab\there", "sessions": []}')
put("control-chars-escaped.json", '{"id": "nul\\u0000bell\\u0007esc\\u001b", "sessions": []}')
put("only-open-brace.json", "{")
put("empty-array.json", "[]")
put("empty-object.json", "{}")
put("null.json", "null")
put("string.json", '"text"')
put("number.json", "123")
put("value-not-array.json", '{"value": "none"}')
put("value-of-scalars.json", '{"value": [1, "two", null, true]}')
put("trailing-garbage.json", SAMPLE + b"\nxyz\n")
put("two-concatenated-records.json", SAMPLE + SAMPLE)
put("crlf-line-endings.json", SAMPLE.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
put("cr-line-endings.json", SAMPLE.replace(b"\r\n", b"\n").replace(b"\n", b"\r"))

# --- JSON-like but not JSON ---------------------------------------------------------------
put("comment-line.json", b"// exported from the portal\n" + SAMPLE)
put("comment-block.json", SAMPLE.replace(b'"version": 1,', b'/* the first version */ "version": 1,', 1))
put("single-quotes.json", "{'id': 'abc', 'sessions': []}")
put("unquoted-keys.json", '{id: "abc", sessions: []}')
put("trailing-comma.json", '{"id": "abc", "sessions": [],}')
put("number-leading-zero.json", '{"id": "abc", "version": 007, "sessions": []}')
put("number-plus-sign.json", '{"id": "abc", "version": +1, "sessions": []}')

# --- PowerShell ConvertTo-Json -Depth 2 -----------------------------------------------------
put("powershell-depth2.json", dump({
    "Id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
    "Version": 1,
    "Type": "peerToPeer",
    "Modalities": ["audio"],
    "Organizer": {"User": "Microsoft.Graph.PowerShell.Models.MicrosoftGraphIdentity",
                  "AdditionalProperties": "System.Collections.Generic.Dictionary`2[System.String,System.Object]"},
    "Participants": ["Microsoft.Graph.PowerShell.Models.MicrosoftGraphIdentitySet"],
    "Sessions": ["System.Collections.Hashtable", "System.Collections.Hashtable"],
    "AdditionalProperties": {"sessions@odata.context": "System.Collections.Hashtable"}}))


# --- Documents that are not call records, written next to them -----------------------------
V1 = "https://graph.microsoft.com/v1.0/$metadata#"
BETA = "https://graph.microsoft.com/beta/$metadata#"
PSTN_ROW = {
    "id": "9c4984c7-6c3c-427d-a30c-bd0b2eacee90", "callId": "1835317186_112562680@61.221.3.176",
    "userId": "db03c14b-06eb-4189-939b-7cbf3a20ba27", "userPrincipalName": "richard.malk@contoso.com",
    "userDisplayName": "Richard Malk", "startDateTime": "2019-11-01T00:00:08.2589935Z",
    "endDateTime": "2019-11-01T00:03:47.2589935Z", "duration": 219, "charge": 0.0, "callType": "user_in",
    "currency": "USD", "calleeNumber": "+1234567890", "usageCountryCode": "US", "tenantCountryCode": "US",
    "connectionCharge": 0.0, "callerNumber": "+0987654321", "destinationContext": None,
    "destinationName": "United States", "conferenceId": None, "licenseCapability": "MCOPSTNU",
    "inventoryType": "Subscriber", "operator": "Microsoft", "callDurationSource": "microsoft"}
DR_ROW = {
    "id": "9e93ed32-1bb9-4b05-8a0c-8e1c3cb8a3bd", "correlationId": "5d13b9bf-b4cd-4ba6-b3d3-7e2b4f1b0f8a",
    "userId": "db03c14b-06eb-4189-939b-7cbf3a20ba27", "userPrincipalName": "richard.malk@contoso.com",
    "userDisplayName": "Richard Malk", "startDateTime": "2019-11-01T00:00:25.105Z",
    "endDateTime": "2019-11-01T00:00:30.105Z", "inviteDateTime": "2019-11-01T00:00:24.105Z",
    "failureDateTime": "0001-01-01T00:00:00Z", "duration": 5, "successfulCall": True, "callType": "ByotIn",
    "callerNumber": "+12345678***", "calleeNumber": "+01234567***", "mediaPathLocation": "USWE",
    "signalingLocation": "EUNO", "finalSipCode": 0, "callEndSubReason": 540000, "finalSipCodePhrase": "BYE",
    "trunkFullyQualifiedDomainName": "tll-audiocodes01.adatum.biz", "mediaBypassEnabled": False}
put("pstn-call-log.json", dump({
    "@odata.context": V1 + "Collection(microsoft.graph.callRecords.pstnCallLogRow)", "@odata.count": 1,
    "value": [PSTN_ROW]}))
put("direct-routing-log.json", dump({
    "@odata.context": V1 + "Collection(microsoft.graph.callRecords.directRoutingLogRow)", "@odata.count": 1,
    "value": [DR_ROW]}))
BETA_DR = dict(DR_ROW, otherPartyCountryCode="us", userCountryCode="us",
               administrativeUnitInfos=[{"id": "4fe6b4c0-8d2b-4c6a-92d8-5f4a5d0f7e3c"}])
put("direct-routing-log-beta.json", dump({
    "@odata.context": BETA + "Collection(microsoft.graph.callRecords.directRoutingLogRow)", "value": [BETA_DR]}))
# Pasted from a blog or saved by a script that dropped the annotations.
put("direct-routing-log-no-context.json", dump({"value": [BETA_DR, dict(BETA_DR, id="2", successfulCall=False,
                                                                         finalSipCode=487)]}))
put("pstn-call-log-row-alone.json", dump(PSTN_ROW))
put("json-schema.json", dump({
    "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "callRecord", "type": "object",
    "properties": {"id": {"type": "string"}, "sessions": {"type": "array"}}}))
put("json-schema-no-dollar-schema.json", dump({
    "type": "object", "properties": {"id": {"type": "string"}, "version": {"type": "integer"}}}))
put("change-notification.json", dump({"value": [{
    "id": "lsgTZMr9KwAAA", "subscriptionId": "2f4e5a9b-1c6e-4b0f-8f7a-3d2c1b0a9e8f",
    "subscriptionExpirationDateTime": "2026-12-09T18:23:45.9356913Z", "clientState": "secretClientValue",
    "changeType": "created", "resource": "communications/callRecords/2f1a1100-b174-40a0-aba7-0b405e01ed92",
    "tenantId": "84bd8158-6d4d-4958-8b9f-9d6445542f95",
    "resourceData": {"@odata.type": "#microsoft.graph.callrecord",
                     "@odata.id": "communications/callRecords/2f1a1100-b174-40a0-aba7-0b405e01ed92",
                     "id": "2f1a1100-b174-40a0-aba7-0b405e01ed92"}}]}))
put("times-impossible.json", """{"id": "t", "startDateTime": "2024-03-01T10:00:55.7Z", "endDateTime": "2024-03-01T10:00:00Z", "lastModifiedDateTime": "2024-03-01T09:00:00Z",
 "sessions": [{"id": "s", "startDateTime": "2024-03-01T10:00:00", "endDateTime": "2024-03-01T09:00:00Z",
   "segments": [{"id": "g", "startDateTime": "2024-03-01T10:00:00Z", "endDateTime": "2024-03-01T09:59:00Z",
     "media": [{"label": "main-audio", "streams": [{"averagePacketLossRate": 7.5, "averageJitter": "PT0.01S"}]}]}]}]}
""")
put("participants-page-no-context.json", dump({"value": [
    {"id": "p1", "identity": {"user": {"id": "p1", "displayName": "Ana Lima"}}},
    {"id": "p2", "identity": {"phone": {"id": "+5511999990000"}}}]}))
# Two mistakes: the first (a trailing comma, line 5) is the one to report, whatever the
# second is (found by simdjson's first pass or later).
FIRST = '{\n  "id": "two-errors",\n  "sessions": [],\n  "version": 1,\n  "modalities": ["audio",],\n'
put("first-error-before-unclosed-string.json", FIRST + '  "type": "groupCall\n}\n')
put("first-error-before-invalid-utf8.json", FIRST.encode() + b'  "type": "\xff"\n}\n')
put("first-error-before-bad-literal.json", FIRST + '  "type": nope\n}\n')
# Near-empty objects: each becomes a node of hundreds of bytes, so memory would be hundreds of
# times the file's size. Refused before they are allocated (64 MB + 16 x the file's size).
put("dense-empty-sessions.json", '{"id": "x", "sessions": [' + ",".join(["{}"] * 60000) + "]}\n")
put("dense-empty-media.json",
    '{"id": "x", "sessions": [{"segments": [{"media": [' + ",".join(["{}"] * 60000) + "]}]}]}\n")
put("dense-unknown-keys-in-streams.json",
    '{"id": "x", "sessions": [{"segments": [{"media": [{"streams": ['
    + ",".join(['{"k":1}'] * 200000) + "]}]}]}]}\n")

# A value of the wrong type is ignored with a warning; simdjson skips it by its brackets only,
# so a syntax error inside it must still be found.
put("ignored-value-hides-syntax-error.json",
    '{\n  "id": "x",\n  "type": {"a" b-3, "c": [1 2]},\n  "sessions": []\n}\n')

META = {".gitattributes", "README.md", "expected.txt", "generate.py"}
for old in HERE.iterdir():
    if old.is_file() and old.name not in META and old.name not in files:
        old.unlink()
for name, data in files.items():
    (HERE / name).write_bytes(data)
print(f"{len(files)} files, {sum(len(d) for d in files.values())} bytes")
