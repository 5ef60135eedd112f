# __debug__ spelled in mathematical bold is still __debug__.
__𝐝𝐞𝐛𝐮𝐠__ = 1
