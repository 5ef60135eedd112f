import operator
