<fmt:message key="stockValue.title" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/laporan/nilai-stok/csv'/>"><fmt:message key="report.csv"/></a>
        <button type="button" class="btn" id="print-report"><fmt:message key="receipt.print"/></button>
    </div>
</div>
<p class="muted"><fmt:message key="stockValue.hint"/></p>
<div class="table-wrap">
<table class="data" id="stock-value">
    <thead><tr>
        <th><fmt:message key="product.category"/></th>
        <th class="num"><fmt:message key="dashboard.products"/></th>
        <th class="num"><fmt:message key="stockValue.value"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${values}" var="v">
        <tr><td class="name"><c:out value="${v.category()}"/></td><td class="num"><c:out value="${v.products()}"/></td><td class="num money"><c:out value="${cermin:rupiah(v.value())}"/></td></tr>
    </c:forEach>
    </tbody>
    <tfoot><tr><th colspan="2"><fmt:message key="kasir.total"/></th><th class="num money" id="stock-value-total"><c:out value="${cermin:rupiah(total)}"/></th></tr></tfoot>
</table>
</div>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
