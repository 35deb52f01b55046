<fmt:message key="opname.sheet" var="title"/>
<t:layout title="${title}" active="stok">
<c:set var="count" value="${sheet.count()}"/>
<div class="page-head">
    <h1 class="page-title"><c:out value="${title} ${count.reference}"/></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/stok/opname/hitung'><c:param name='id' value='${count.id}'/></c:url>"><fmt:message key="common.back"/></a>
        <button type="button" class="btn btn-primary" id="print-report"><fmt:message key="receipt.print"/></button>
    </div>
</div>
<p><fmt:message key="product.category"/>: <c:choose><c:when test="${empty sheet.category()}"><fmt:message key="opname.allCategories"/></c:when><c:otherwise><c:out value="${sheet.category()}"/></c:otherwise></c:choose>
    · <c:out value="${cermin:dateTime(count.startedAt)}"/> · <fmt:message key="opname.countedBy"/>: ____________________</p>
<div class="table-wrap">
<table class="data count-sheet" id="count-sheet">
    <thead><tr>
        <th class="num">#</th>
        <th><fmt:message key="product.category"/></th>
        <th><fmt:message key="product.barcode"/></th>
        <th><fmt:message key="product.name"/></th>
        <th><fmt:message key="product.unit"/></th>
        <th class="blank"><fmt:message key="opname.counted"/></th>
        <th class="blank"><fmt:message key="opname.sheetNote"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${sheet.lines()}" var="l" varStatus="i">
        <tr>
            <td class="num"><c:out value="${i.count}"/></td>
            <td><c:out value="${l.category()}"/></td>
            <td class="nowrap"><c:out value="${l.barcode()}"/></td>
            <td class="name"><c:out value="${l.name()}"/></td>
            <td><c:out value="${l.unit()}"/></td>
            <td class="blank"></td>
            <td class="blank"></td>
        </tr>
    </c:forEach>
    </tbody>
</table>
</div>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
