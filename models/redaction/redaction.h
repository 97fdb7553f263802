#pragma once

#include "record/callrecord.h"

#include <QString>

#include <memory>

class RedactorPrivate;

/// How to redact; every kind of personal data below is always redacted.
struct RedactionOptions {
    /// Placeholders ("Participant 1", "redacted-id-2", "Device 3") in the reader's language,
    /// for what people read (the window, pictures, PDF, Markdown). False gives the fixed English
    /// ones, for data files (CSV, JSON), which are the same in every locale.
    bool localized = true;
};

/// A copy of `record` with personal data replaced, for exports and the redacted preview:
///  - display names of people become "Participant 1", "Participant 2", … in order of first
///    appearance (organizer, participants, then session and segment endpoints); the same
///    person (same id, or same name when there is no id) keeps one pseudonym. Applications
///    (bots, resource accounts) keep their names;
///  - ids of people, tenants, applications and administrative units become "redacted-id-N"
///    (stable: the same id gives the same mask); phone numbers keep their country code
///    ("+55 …"); user principal names and e-mail addresses become "redacted";
///  - IPv4 addresses keep two octets ("10.150.x.x"), IPv6 addresses two groups
///    ("2001:db8:x:x:x:x:x:x"); MAC addresses and BSSIDs are masked ("xx-xx-xx-xx-xx-xx");
///  - device and host names become "Device N" / "Audio device N", DNS suffixes and the join
///    URL "redacted"; feedback text becomes "redacted" (the rating and Graph's tokens stay);
///  - unknown properties are dropped and the original JSON of every node is cleared; loader
///    warnings and other free text go through Redactor::text; source names become "source N".
/// The call id, session and segment ids, times, metrics, enums and driver names are unchanged.
/// The copy owns its replacement strings and keeps the original buffers alive.
/// Linear in the size of the record. Returns null for a null record.
CallRecordPtr redactRecord(const CallRecordPtr& record, const RedactionOptions& options = {});

/// Redacts free text that may contain personal values of a record (a loader warning, a line
/// of findings written from the original record): every display name (and each word of it),
/// user principal name, e-mail address, id (of 6 characters or more), phone number, device or
/// host name and source name that occurs in the record is replaced by its redacted form (whole
/// words, any letter case); e-mail addresses, IPv4 and IPv6 addresses, MAC addresses and phone
/// numbers (+ and 7 or more digits) are masked wherever they occur. A name shared by several
/// people becomes "Participant 3/4". Dotted numbers after "name/" (versions such as
/// "UCWA/7.0.0.0") are not taken for IPv4 addresses.
/// Construction is linear in the size of the record; `text` is linear in the length of the
/// text. Keeps the record's buffers alive; safe to use from several threads.
class Redactor {
public:
    explicit Redactor(const CallRecord& original, const RedactionOptions& options = {});
    ~Redactor();
    Redactor(Redactor&&) noexcept;
    Redactor& operator=(Redactor&&) noexcept;
    Redactor(const Redactor&) = delete;
    Redactor& operator=(const Redactor&) = delete;

    QString text(const QString& input) const;

private:
    friend CallRecordPtr redactRecord(const CallRecordPtr& record, const RedactionOptions& options);
    std::unique_ptr<RedactorPrivate> d;
};
