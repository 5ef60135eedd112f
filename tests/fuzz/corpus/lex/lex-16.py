if x:
  	y
	  z