package org.redress.analysis;
