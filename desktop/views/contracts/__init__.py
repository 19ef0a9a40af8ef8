"""The contract screens: the template editor, sending a contract, verifying the parent's
signature and countersigning with the kindergarten's key."""
