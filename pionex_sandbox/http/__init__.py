"""The sandbox's HTTP layer: the app and its route table read from the spec (:mod:`.app`,
:mod:`.routes`), and reading requests (:mod:`.params`)."""
