from ..mod import where
