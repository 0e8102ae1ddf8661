"""What every app uses and none of them owns: exports, the page cache and its retirement, ids in addresses, text
folding for search, pagination, printable pages, backup and restore. It imports no other app of the project."""
