"""Understanding what people write: chat Indonesian read once into proposed slot values.

The contract is in ``flows/understand/types.py``; the readers are built beside it.
"""
