// Filled by RecordDocument.
